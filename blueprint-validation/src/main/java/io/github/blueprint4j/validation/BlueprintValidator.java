package io.github.blueprint4j.validation;

import io.github.blueprint4j.diagnostic.Diagnostic;
import io.github.blueprint4j.diagnostic.Severity;
import io.github.blueprint4j.diagnostic.SourceLocation;
import io.github.blueprint4j.diagnostic.SourceMap;
import io.github.blueprint4j.model.Blueprint;
import io.github.blueprint4j.model.constraints.Advisory;
import io.github.blueprint4j.model.constraints.BlueprintRule;
import io.github.blueprint4j.model.constraints.Push;
import io.github.blueprint4j.validation.internal.ModelPaths;
import io.github.blueprint4j.validation.internal.ModelTypes;
import io.github.blueprint4j.validation.internal.ValidationSettings;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.groups.Default;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorFactory;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

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
 * <p>The Hibernate Validator engine starts once per JVM, on the first validation.
 */
public final class BlueprintValidator {

    private final Profile profile;
    private final PathPolicies policies;
    private final Target target;
    private final boolean strict;
    private final Class<?>[] groups;
    private volatile Validator validator;

    private BlueprintValidator(Builder builder) {
        this.profile = builder.profile;
        this.target = builder.target;
        this.strict = builder.strict;
        if (builder.policies != null) {
            this.policies = builder.policies;
        } else {
            this.policies = target != null ? target.pathPolicies(strict) : PathPolicies.defaults();
        }
        this.groups = profile == Profile.COMPOSER
                ? new Class<?>[] {Default.class, Push.class, Advisory.class}
                : new Class<?>[] {Default.class, Advisory.class};
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
        Set<ConstraintViolation<Blueprint>> violations = validator().validate(blueprint, groups);
        List<Diagnostic> diagnostics = new ArrayList<>(violations.size());
        for (ConstraintViolation<Blueprint> violation : violations) {
            diagnostics.add(diagnostic(violation, sourceMap));
        }
        diagnostics.sort(DOCUMENT_ORDER);
        return new ValidationReport(diagnostics);
    }

    private Diagnostic diagnostic(ConstraintViolation<Blueprint> violation, SourceMap sourceMap) {
        BlueprintRule rule = violation.getConstraintDescriptor().getAnnotation().annotationType()
                .getAnnotation(BlueprintRule.class);
        Severity severity = strict ? rule.severity() : defaultSeverity(rule);
        HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
        Severity chosen = hibernate.getDynamicPayload(Severity.class);
        if (chosen != null) {
            severity = chosen;
        }
        String path = ModelPaths.keyPath(Blueprint.class, violation.getPropertyPath());
        SourceLocation location = sourceMap.locate(path);
        return new Diagnostic(rule.id(), severity, path, location, violation.getMessage(), Hints.of(rule.id()));
    }

    /**
     * Returns a rule's severity outside strict mode: the specification's severity for rules the
     * reference enforces, at most a warning for the others.
     */
    static Severity defaultSeverity(BlueprintRule rule) {
        return rule.enforcedByReference() || rule.severity() != Severity.ERROR ? rule.severity() : Severity.WARNING;
    }

    private Validator validator() {
        Validator v = validator;
        if (v == null) {
            v = Engine.FACTORY.unwrap(HibernateValidatorFactory.class).usingContext()
                    .constraintValidatorPayload(new ValidationSettings(profile, policies, target))
                    .getValidator();
            validator = v;
        }
        return v;
    }

    private static final Comparator<Diagnostic> DOCUMENT_ORDER = Comparator
            .comparing((Diagnostic d) -> d.line() == null ? Integer.MAX_VALUE : d.line())
            .thenComparing(d -> d.column() == null ? Integer.MAX_VALUE : d.column())
            .thenComparing(d -> d.path() == null ? "" : d.path())
            .thenComparing(Diagnostic::code);

    /**
     * Starts the validation engine and prepares what it knows about every model type now rather
     * than on the first validation, which then takes microseconds instead of most of a second.
     * Call it at application start, or on a background thread while other work goes on.
     * Thread-safe; later calls return at once.
     */
    public static void preload() {
        Objects.requireNonNull(Engine.PREPARED);
    }

    /** The validator factory, started on first use; messages without Expression Language. */
    private static final class Engine {
        static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class).configure()
                // no META-INF/validation.xml to look for, no JPA to detect: a faster start
                .ignoreXmlConfiguration()
                .traversableResolver(new EverythingTraversable())
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        static final Object PREPARED = prepare();

        private static Object prepare() {
            Validator validator = FACTORY.getValidator();
            ModelTypes.all().forEach(validator::getConstraintsForClass);
            return Boolean.TRUE;
        }
    }

    /** Every property is reachable and cascadable: the model has no lazy loading to respect. */
    private static final class EverythingTraversable implements TraversableResolver {
        @Override
        public boolean isReachable(Object bean, Path.Node property, Class<?> rootType, Path path, ElementType type) {
            return true;
        }

        @Override
        public boolean isCascadable(Object bean, Path.Node property, Class<?> rootType, Path path, ElementType type) {
            return true;
        }
    }

    /** The hints of the rules, from the message bundle. */
    private static final class Hints {
        private static final Properties HINTS = load();

        static String of(String rule) {
            return HINTS.getProperty("io.github.blueprint4j." + rule + ".hint");
        }

        private static Properties load() {
            Properties properties = new Properties();
            try (InputStream in = BlueprintValidator.class.getResourceAsStream("/ContributorValidationMessages.properties")) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the rule messages", e);
            }
            return properties;
        }
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
