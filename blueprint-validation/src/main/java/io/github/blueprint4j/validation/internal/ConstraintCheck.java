package io.github.blueprint4j.validation.internal;

import io.github.blueprint4j.diagnostic.Severity;
import io.github.blueprint4j.model.constraints.BlueprintRule;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.groups.Default;
import java.lang.annotation.Annotation;

/**
 * One constraint annotation at one place of the model, with its validator, initialized once:
 * the validators keep no state after {@code initialize}, so one instance serves every thread.
 */
final class ConstraintCheck {

    private final Annotation constraint;
    private final ConstraintValidator<Annotation, Object> validator;
    private final BlueprintRule rule;
    private final long groups;
    private final String template;
    private final Class<?> pathType;
    private volatile RuleMessages.Message message;

    /**
     * Reads a constraint and creates its validator.
     *
     * @param constraint the annotation
     * @param pathType   the type whose component names the paths of its findings start from
     * @throws IllegalStateException if the constraint is not a rule or has no validator
     */
    ConstraintCheck(Annotation constraint, Class<?> pathType) {
        this.constraint = constraint;
        this.pathType = pathType;
        this.rule = constraint.annotationType().getAnnotation(BlueprintRule.class);
        if (rule == null) {
            throw new IllegalStateException("@" + constraint.annotationType().getName() + " has no @BlueprintRule");
        }
        this.template = (String) attribute(constraint, "message");
        Class<?>[] declared = (Class<?>[]) attribute(constraint, "groups");
        this.groups = GroupBits.of(declared.length == 0 ? new Class<?>[] {Default.class} : declared);
        this.validator = ValidatorBindings.create(constraint);
    }

    /**
     * Tells whether the constraint belongs to one of the requested groups or to a group they
     * extend, as Bean Validation's group inheritance has it.
     *
     * @param selection the {@linkplain GroupBits#selection selected groups}
     * @return {@code true} if the constraint is checked
     */
    boolean selectedBy(long selection) {
        return (groups & selection) != 0;
    }

    /**
     * Runs the validator.
     *
     * @param value   the value at the constraint's place
     * @param context the context that collects the findings
     * @return what the validator returns
     */
    boolean isValid(Object value, CheckContext context) {
        return validator.isValid(value, context);
    }

    /**
     * Returns the rule id, the diagnostic code.
     *
     * @return the rule id
     */
    String code() {
        return rule.id();
    }

    /**
     * Returns the severity of a finding without a severity of its own.
     *
     * @param strict whether the validation is strict
     * @return the specification's severity in strict mode; otherwise at most a warning for rules the
     *         reference does not enforce
     */
    Severity severity(boolean strict) {
        if (strict || rule.enforcedByReference() || rule.severity() != Severity.ERROR) {
            return rule.severity();
        }
        return Severity.WARNING;
    }

    /**
     * Returns the constraint's message template.
     *
     * @return the {@code message()} attribute
     */
    String template() {
        return template;
    }

    /**
     * Returns the type whose component names the paths of the findings start from: the record of a
     * class-level constraint, the component's type (a list's element type) otherwise.
     *
     * @return the type
     */
    Class<?> pathType() {
        return pathType;
    }

    /**
     * Interpolates the message of a finding; the template is resolved on the first finding of the constraint.
     *
     * @param parameters message parameters, names and values in turn
     * @param count      how many entries of {@code parameters} apply
     * @return the message
     */
    String message(Object[] parameters, int count) {
        return compiled().interpolate(parameters, count);
    }

    /**
     * Returns the hint of the rule.
     *
     * @return what to write instead, or {@code null} if the rule has no hint
     */
    String hint() {
        return compiled().hint();
    }

    private RuleMessages.Message compiled() {
        RuleMessages.Message compiled = message;
        if (compiled == null) {
            compiled = RuleMessages.compile(constraint, template, code());
            message = compiled;
        }
        return compiled;
    }

    /**
     * Reads an attribute of a constraint annotation.
     *
     * @param constraint the annotation
     * @param name       the attribute
     * @return its value, or {@code null} if the annotation has no such attribute
     */
    static Object attribute(Annotation constraint, String name) {
        try {
            return constraint.annotationType().getDeclaredMethod(name).invoke(constraint);
        } catch (NoSuchMethodException e) {
            return null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + name + "() of " + constraint, e);
        }
    }
}
