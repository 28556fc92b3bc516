package io.github.blueprint4j.operations;

import io.github.blueprint4j.model.Blueprint;
import io.github.blueprint4j.model.Customizations;
import io.github.blueprint4j.model.UserCustomization;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The server's push step ({@code Initialize()} of the reference), as a function that returns a
 * new blueprint and leaves its argument alone:
 *
 * <ul>
 *   <li>an empty or missing {@code version} becomes {@value Versions#DEFAULT};</li>
 *   <li>missing {@code packages}, {@code modules}, {@code enabled_modules}, {@code groups} and
 *       {@code containers} become empty lists (the model never holds {@code null} lists, so a
 *       written blueprint shows them empty);</li>
 *   <li>an empty {@code customizations.user[].password} is removed (the user gets no
 *       password);</li>
 *   <li>a plain-text password is replaced by its SHA-512 crypt hash;</li>
 *   <li>a password that is already a crypt hash ({@link PasswordHasher#isCrypted(String)}) is
 *       kept as it is.</li>
 * </ul>
 *
 * <p>The server keeps only {@code $6$}, {@code $5$} and {@code $2b$} hashes and hashes every
 * other value again, which turns a yescrypt ({@code $y$}) or {@code $2y$} bcrypt hash into a
 * password nobody knows. This class keeps every crypt format of
 * {@link PasswordHasher#CRYPT_PREFIXES}: the kinder choice, and the same result for the three
 * prefixes the server knows.
 *
 * <p>The server's checks of this step (non-empty name, valid version, every package with a
 * name) are validation rules (BP-NAME-REQUIRED, BP-VERSION-SEMVER, PKG-NAME-REQUIRED) of
 * {@code blueprint-validation}; this class does not check anything.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class BlueprintInitializer {

    private final PasswordHasher hasher;

    /** Creates an initializer that hashes as the server does: {@link PasswordHasher#sha512()}. */
    public BlueprintInitializer() {
        this(PasswordHasher.sha512());
    }

    /**
     * Creates an initializer that hashes plain-text passwords with the given hasher.
     *
     * @param hasher the hasher, for example one with more rounds
     */
    public BlueprintInitializer(PasswordHasher hasher) {
        this.hasher = Objects.requireNonNull(hasher, "hasher");
    }

    /**
     * Returns the blueprint as the server stores it after its push step.
     *
     * @param blueprint the pushed blueprint; not changed
     * @return the initialized blueprint and the users whose password was hashed
     */
    public InitializeResult initialize(Blueprint blueprint) {
        InitializeResult passwords = hashPasswords(blueprint);
        if (blueprint.version() != null && !blueprint.version().isEmpty()) {
            return passwords;
        }
        return new InitializeResult(passwords.blueprint().toBuilder().version(Versions.DEFAULT).build(),
                passwords.hashedUsers());
    }

    /**
     * Returns the blueprint with the password rules of the push step applied and nothing else:
     * empty passwords removed, plain-text ones hashed, crypt hashes kept. This is what
     * {@code blueprint hash-passwords --write} writes into a file.
     *
     * @param blueprint the blueprint; not changed
     * @return the blueprint with hashed passwords and the users whose password was hashed; the
     *     same blueprint when no password needs a change
     */
    public InitializeResult hashPasswords(Blueprint blueprint) {
        Objects.requireNonNull(blueprint, "blueprint");
        List<String> hashed = new ArrayList<>();
        Customizations customizations = blueprint.customizations();
        if (customizations == null || customizations.user().isEmpty()) {
            return new InitializeResult(blueprint, hashed);
        }
        List<UserCustomization> users = new ArrayList<>();
        for (UserCustomization user : customizations.user()) {
            users.add(withPassword(user, hashed));
        }
        if (users.equals(customizations.user())) {
            return new InitializeResult(blueprint, hashed);
        }
        return new InitializeResult(blueprint.toBuilder().customizations(customizations.toBuilder().user(users).build())
                .build(), hashed);
    }

    private UserCustomization withPassword(UserCustomization user, List<String> hashed) {
        String password = user.password();
        if (password == null || PasswordHasher.isCrypted(password)) {
            return user;
        }
        if (password.isEmpty()) {
            return user.toBuilder().password(null).build();
        }
        hashed.add(user.name() == null ? "" : user.name());
        return user.toBuilder().password(hasher.hash(password)).build();
    }

    /** Describes the hasher. */
    @Override
    public String toString() {
        return "BlueprintInitializer[" + hasher + "]";
    }
}
