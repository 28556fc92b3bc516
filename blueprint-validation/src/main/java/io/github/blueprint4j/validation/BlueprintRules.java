package io.github.blueprint4j.validation;

import io.github.blueprint4j.diagnostic.Diagnostic;
import io.github.blueprint4j.diagnostic.Severity;
import io.github.blueprint4j.model.Blueprint;
import io.github.blueprint4j.model.constraints.BlueprintRule;
import io.github.blueprint4j.validation.internal.PropertyKeys;
import io.github.blueprint4j.validation.internal.RuleFacts;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import java.util.Objects;
import org.hibernate.validator.engine.HibernateConstraintViolation;

/**
 * The blueprint rule behind a Bean Validation {@link ConstraintViolation}, for services that
 * validate with a plain {@code @Valid} or their own {@code Validator}:
 *
 * <pre>{@code
 * for (ConstraintViolation<?> v : validator.validate(request)) {
 *     Diagnostic d = BlueprintRules.toDiagnostic(v);   // code, severity, path, message, hint
 *     System.out.println(d);                            // ERROR PLAIN-FSTYPE customizations.disk.partitions[0].fs_type: ...
 * }
 * }</pre>
 */
public final class BlueprintRules {

    private BlueprintRules() {
    }

    /**
     * Returns the rule id of a violation: the id of the specification's rule, such as
     * {@code FSNODE-UNIQUE-PATHS}.
     *
     * @param violation a violation
     * @return the rule id, or {@code null} when the violated constraint is not a blueprint rule
     *         (a {@code @NotNull} of your own, say)
     */
    public static String ruleId(ConstraintViolation<?> violation) {
        BlueprintRule rule = rule(violation);
        return rule == null ? null : rule.id();
    }

    /**
     * Returns the severity of a violation as {@link BlueprintValidator} would report it.
     *
     * @param violation a violation
     * @param strict    {@code true} for the specification's severity; {@code false} (what
     *                  {@code BlueprintValidator} does by default) makes the errors the reference
     *                  implementation does not enforce warnings
     * @return the severity; {@link Severity#ERROR} for a constraint that is not a blueprint rule
     */
    public static Severity severity(ConstraintViolation<?> violation, boolean strict) {
        BlueprintRule rule = rule(violation);
        if (rule == null) {
            return Severity.ERROR;
        }
        Severity chosen = dynamicSeverity(violation);
        return chosen != null ? chosen : RuleFacts.severity(rule.severity(), rule.enforcedByReference(), strict);
    }

    /**
     * Turns a violation into the diagnostic {@link BlueprintValidator} reports for it, not
     * strict, without a location.
     *
     * @param violation a violation
     * @return the diagnostic
     * @see #toDiagnostic(ConstraintViolation, boolean)
     */
    public static Diagnostic toDiagnostic(ConstraintViolation<?> violation) {
        return toDiagnostic(violation, false);
    }

    /**
     * Turns a violation into a diagnostic: the rule id as its code, the {@linkplain #severity
     * severity}, the path in the blueprint format's key names inside the blueprint (also when the
     * blueprint sits in an object of yours, and whether or not the
     * {@link SpecPropertyNodeNameProvider} is installed), the message and the rule's hint. A
     * constraint that is not a blueprint rule gives its annotation's simple name as the code, an
     * error, the violation's own property path and no hint.
     *
     * @param violation a violation
     * @param strict    whether the severity is strict
     * @return the diagnostic, without a location
     */
    public static Diagnostic toDiagnostic(ConstraintViolation<?> violation, boolean strict) {
        Objects.requireNonNull(violation, "violation");
        BlueprintRule rule = rule(violation);
        if (rule == null) {
            String path = violation.getPropertyPath().toString();
            return new Diagnostic(violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
                    Severity.ERROR, path.isEmpty() ? null : path, null, violation.getMessage(), null);
        }
        return new Diagnostic(rule.id(), severity(violation, strict), specPath(violation), null, violation.getMessage(),
                RuleFacts.hint(rule.id()));
    }

    private static BlueprintRule rule(ConstraintViolation<?> violation) {
        return Objects.requireNonNull(violation, "violation").getConstraintDescriptor().getAnnotation().annotationType()
                .getAnnotation(BlueprintRule.class);
    }

    /** The severity a rule's validator chose for this finding, if it chose one and the provider is Hibernate Validator. */
    private static Severity dynamicSeverity(ConstraintViolation<?> violation) {
        try {
            HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
            return hibernate.getDynamicPayload(Severity.class);
        } catch (ValidationException e) {
            return null;
        }
    }

    /**
     * The path inside the blueprint in key names: the nodes down to the blueprint are left out,
     * each property node is looked up by its Java name or its key, and 0-based indexes follow
     * the list they index.
     */
    static String specPath(ConstraintViolation<?> violation) {
        Class<?> type = violation.getRootBeanClass();
        boolean inside = type == Blueprint.class;
        // the index on the first node inside a blueprint that sits in a list of yours is that list's
        boolean outerIndex = false;
        StringBuilder out = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (inside && !outerIndex && node.isInIterable() && node.getIndex() != null) {
                out.append('[').append(node.getIndex()).append(']');
            }
            outerIndex = false;
            if (node.getKind() != ElementKind.PROPERTY) {
                continue;
            }
            PropertyKeys.Key key = type == null ? null : PropertyKeys.find(type, node.getName());
            type = key == null ? null : key.next();
            if (!inside) {
                inside = type == Blueprint.class;
                outerIndex = inside;
                continue;
            }
            if (out.length() > 0) {
                out.append('.');
            }
            out.append(key == null ? node.getName() : key.key());
        }
        return out.length() == 0 ? null : out.toString();
    }
}
