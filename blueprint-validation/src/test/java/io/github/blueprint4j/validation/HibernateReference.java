package io.github.blueprint4j.validation;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.blueprint4j.diagnostic.Diagnostic;
import io.github.blueprint4j.diagnostic.Severity;
import io.github.blueprint4j.diagnostic.SourceMap;
import io.github.blueprint4j.model.Blueprint;
import io.github.blueprint4j.model.constraints.Advisory;
import io.github.blueprint4j.model.constraints.BlueprintRule;
import io.github.blueprint4j.model.constraints.Push;
import io.github.blueprint4j.validation.internal.ValidationSettings;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
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
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorFactory;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * How {@link BlueprintValidator} validated with Hibernate Validator before it had its own engine:
 * the same factory, groups and settings payload, and the same conversion of violations into
 * diagnostics. The reference the engine is checked against.
 */
final class HibernateReference {

    static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class).configure()
            .ignoreXmlConfiguration()
            .traversableResolver(new EverythingTraversable())
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();
    /** The same factory with the {@link SpecPropertyNodeNameProvider}: paths in the format's key names. */
    static final ValidatorFactory SPEC_NAMES = Validation.byProvider(HibernateValidator.class).configure()
            .ignoreXmlConfiguration()
            .traversableResolver(new EverythingTraversable())
            .messageInterpolator(new ParameterMessageInterpolator())
            .propertyNodeNameProvider(new SpecPropertyNodeNameProvider())
            .buildValidatorFactory();
    private static final Properties HINTS = hints();

    private final Validator validator;
    private final Class<?>[] groups;
    private final boolean strict;

    HibernateReference(Profile profile, PathPolicies policies, Target target, boolean strict) {
        this(FACTORY, profile, policies, target, strict);
    }

    HibernateReference(ValidatorFactory factory, Profile profile, PathPolicies policies, Target target, boolean strict) {
        this.validator = factory.unwrap(HibernateValidatorFactory.class).usingContext()
                .constraintValidatorPayload(new ValidationSettings(profile, policies, target))
                .getValidator();
        this.groups = profile == Profile.COMPOSER
                ? new Class<?>[] {Default.class, Push.class, Advisory.class}
                : new Class<?>[] {Default.class, Advisory.class};
        this.strict = strict;
    }

    /** The violations as Hibernate Validator reports them. */
    Set<ConstraintViolation<Blueprint>> violations(Blueprint blueprint) {
        return validator.validate(blueprint, groups);
    }

    ValidationReport validate(Blueprint blueprint, SourceMap sourceMap) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (ConstraintViolation<Blueprint> violation : validator.validate(blueprint, groups)) {
            diagnostics.add(diagnostic(violation, sourceMap));
        }
        diagnostics.sort(BlueprintValidator.DOCUMENT_ORDER);
        return new ValidationReport(diagnostics);
    }

    private Diagnostic diagnostic(ConstraintViolation<Blueprint> violation, SourceMap sourceMap) {
        BlueprintRule rule = violation.getConstraintDescriptor().getAnnotation().annotationType()
                .getAnnotation(BlueprintRule.class);
        Severity severity = strict || rule.enforcedByReference() || rule.severity() != Severity.ERROR
                ? rule.severity() : Severity.WARNING;
        HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
        Severity chosen = hibernate.getDynamicPayload(Severity.class);
        if (chosen != null) {
            severity = chosen;
        }
        String path = keyPath(violation.getPropertyPath());
        return new Diagnostic(rule.id(), severity, path, sourceMap.locate(path), violation.getMessage(),
                HINTS.getProperty("io.github.blueprint4j." + rule.id() + ".hint"));
    }

    private static final ClassValue<Map<String, Component>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, Component> computeValue(Class<?> type) {
            Map<String, Component> components = new HashMap<>();
            if (type.isRecord()) {
                for (RecordComponent rc : type.getRecordComponents()) {
                    JsonProperty property = rc.getAccessor().getAnnotation(JsonProperty.class);
                    if (property == null) {
                        continue;
                    }
                    Class<?> next = rc.getType();
                    if (rc.getGenericType() instanceof ParameterizedType generic
                            && generic.getActualTypeArguments()[0] instanceof Class<?> element) {
                        next = element;
                    }
                    components.put(rc.getName(), new Component(property.value(), next));
                }
                // class-level rules name the nodes they add with keys
                Map.copyOf(components).values().forEach(c -> components.putIfAbsent(c.key(), c));
            }
            return components;
        }
    };

    /** A Bean Validation property path (Java names, or keys) in the format's key names, 0-based indexes. */
    static String keyPath(Path path) {
        StringBuilder out = new StringBuilder();
        Class<?> type = Blueprint.class;
        for (Path.Node node : path) {
            if (node.isInIterable() && node.getIndex() != null) {
                out.append('[').append(node.getIndex()).append(']');
            }
            if (node.getKind() != ElementKind.PROPERTY) {
                continue;
            }
            Component component = COMPONENTS.get(type).get(node.getName());
            if (out.length() > 0) {
                out.append('.');
            }
            if (component == null) {
                out.append(node.getName());
                continue;
            }
            out.append(component.key);
            type = component.type;
        }
        return out.length() == 0 ? null : out.toString();
    }

    private record Component(String key, Class<?> type) {
    }

    private static Properties hints() {
        Properties properties = new Properties();
        try (InputStream in = HibernateReference.class.getResourceAsStream("/ContributorValidationMessages.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
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
}
