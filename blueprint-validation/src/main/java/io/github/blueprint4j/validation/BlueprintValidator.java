package io.github.blueprint4j.validation;

import io.github.blueprint4j.diagnostic.Diagnostic;
import io.github.blueprint4j.diagnostic.SourceMap;
import io.github.blueprint4j.model.Blueprint;
import io.github.blueprint4j.model.constraints.Advisory;
import io.github.blueprint4j.model.constraints.Push;
import io.github.blueprint4j.validation.internal.ModelTypes;
import io.github.blueprint4j.validation.internal.ModelValidator;
import io.github.blueprint4j.validation.internal.ValidationSettings;
import jakarta.validation.groups.Default;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Checks a blueprint against every rule of the blueprint specification and reports all
 * findings at once, each with its rule id, severity, field path and, when the blueprint was
 * read from text, its line and column. Immutable and thread-safe: build one, share it.
 *
 * <pre>{@code
 * BlueprintValidator validator = BlueprintValidator.builder().profile(Profile.IMAGE_BUILDER).build();
 * ReadResult read = BlueprintReader.builder().build().read(Path.of("web.toml"));
 * ValidationReport report = validator.validate(read.blueprint(), read.sourceMap());
 * report.diagnostics().forEach(System.out::println);
 * }</pre>
 *
 * <p>Defaults: the {@link Profile#COMPOSER} profile, the {@linkplain PathPolicies#defaults()
 * newest default path policies}, not strict. What is an error follows the reference
 * implementation: a blueprint it accepts gets no error by default. Rules it does not enforce
 * (build-time, downstream and documented rules) are warnings unless {@linkplain Builder#strict(boolean)
 * strict} mode asks for the specification's severity.
 *
 * <p>It runs the constraint validators of the rules itself, in one walk over the blueprint,
 * without starting a Bean Validation provider; what it needs to know about a model type is
 * read on the first validation that meets the type (or by {@link #preload()}).
 */
public final class BlueprintValidator {

    private final Profile profile;
    private final PathPolicies policies;
    private final Target target;
    private final boolean strict;
    private final ModelValidator engine;

    private BlueprintValidator(Builder builder) {
        this.profile = builder.profile;
        this.target = builder.target;
        this.strict = builder.strict;
        if (builder.policies != null) {
            this.policies = builder.policies;
        } else {
            this.policies = target != null ? target.pathPolicies(strict) : PathPolicies.defaults();
        }
        this.engine = new ModelValidator(new ValidationSettings(profile, policies, target), profile == Profile.COMPOSER
                ? List.of(Default.class, Push.class, Advisory.class)
                : List.of(Default.class, Advisory.class), strict);
    }

    /**
     * Returns a builder with the defaults: composer profile, default policies, no target, not strict.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the profile.
     *
     * @return what the blueprints are validated for
     */
    public Profile profile() {
        return profile;
    }

    /**
     * Returns the selected path policies.
     *
     * @return the policies
     */
    public PathPolicies policies() {
        return policies;
    }

    /**
     * Returns the target, the distribution and image type the blueprints are built into.
     *
     * @return the target, or {@code null} when the checks that need one are off
     */
    public Target target() {
        return target;
    }

    /**
     * Tells whether rules the reference does not enforce are errors.
     *
     * @return {@code true} in strict mode
     */
    public boolean isStrict() {
        return strict;
    }

    /**
     * Validates a blueprint built in code.
     *
     * @param blueprint the blueprint
     * @return every finding, sorted by path
     */
    public ValidationReport validate(Blueprint blueprint) {
        return validate(blueprint, SourceMap.NONE);
    }

    /**
     * Validates a blueprint read from text, placing every finding in the source.
     *
     * @param blueprint the blueprint
     * @param sourceMap where its fields were written, from the read
     * @return every finding, in document order
     */
    public ValidationReport validate(Blueprint blueprint, SourceMap sourceMap) {
        Objects.requireNonNull(blueprint, "blueprint");
        Objects.requireNonNull(sourceMap, "sourceMap");
        List<Diagnostic> diagnostics = engine.validate(blueprint, sourceMap);
        diagnostics.sort(DOCUMENT_ORDER);
        return new ValidationReport(diagnostics);
    }

    /** Line, column, path, rule id, then message, so that findings of one rule at one place keep one order. */
    static final Comparator<Diagnostic> DOCUMENT_ORDER = new DocumentOrder();

    /** The order of {@link #DOCUMENT_ORDER}: findings without a line or column last, without a path first. */
    private static final class DocumentOrder implements Comparator<Diagnostic> {
        @Override
        public int compare(Diagnostic a, Diagnostic b) {
            int order = Integer.compare(lastIfNull(a.line()), lastIfNull(b.line()));
            if (order == 0) {
                order = Integer.compare(lastIfNull(a.column()), lastIfNull(b.column()));
            }
            if (order == 0) {
                order = (a.path() == null ? "" : a.path()).compareTo(b.path() == null ? "" : b.path());
            }
            if (order == 0) {
                order = a.code().compareTo(b.code());
            }
            return order != 0 ? order : a.message().compareTo(b.message());
        }

        private static int lastIfNull(Integer position) {
            return position == null ? Integer.MAX_VALUE : position;
        }
    }

    /**
     * Reads what validation needs to know about every model type now rather than on the first
     * validations that meet them. Call it at application start, or on a background thread while
     * other work goes on. Thread-safe; later calls return at once.
     */
    public static void preload() {
        ModelValidator.prepare(ModelTypes.all());
    }

    /** Configures a {@link BlueprintValidator}. Not thread-safe. */
    public static final class Builder {
        private Profile profile = Profile.COMPOSER;
        private PathPolicies policies;
        private Target target;
        private boolean strict;

        private Builder() {
        }

        /**
         * Chooses what the blueprints are for. Default: {@link Profile#COMPOSER}.
         *
         * @param profile the profile
         * @return this builder
         */
        public Builder profile(Profile profile) {
            this.profile = Objects.requireNonNull(profile, "profile");
            return this;
        }

        /**
         * Chooses the path policies. Default: those of the {@linkplain #target(Target) target's}
         * image type ({@link Target#pathPolicies()}; in strict mode ostree-based types add
         * {@code mountpoints-ostree}), or {@link PathPolicies#defaults()} without a target.
         *
         * @param policies the policies; {@link PathPolicies#none()} for none
         * @return this builder
         */
        public Builder policies(PathPolicies policies) {
            this.policies = Objects.requireNonNull(policies, "policies");
            return this;
        }

        /**
         * Chooses the distribution and image type the blueprints are built into, which turns on
         * the checks that need them: options the image type does not support
         * ({@code IT-UNSUPPORTED-OPTION}) or requires ({@code IT-REQUIRED-OPTION}), its
         * partitioning modes and path policies, the distribution's OpenSCAP profiles and release
         * gates. Those the reference library does not enforce are warnings unless
         * {@linkplain #strict(boolean) strict}. Default: no target.
         *
         * @param target the target, from {@link Target#of(String, String)}, or {@code null} for none
         * @return this builder
         */
        public Builder target(Target target) {
            this.target = target;
            return this;
        }

        /**
         * Gives every rule the severity of the specification: the build-time, downstream and
         * documented errors the reference does not enforce become errors. Default: {@code false}.
         *
         * @param strict {@code true} for strict validation
         * @return this builder
         */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /**
         * Creates the validator.
         *
         * @return a reusable, thread-safe validator
         */
        public BlueprintValidator build() {
            return new BlueprintValidator(this);
        }
    }
}
