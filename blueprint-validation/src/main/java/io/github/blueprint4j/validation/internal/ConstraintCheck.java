package io.github.blueprint4j.validation.internal;

import io.github.blueprint4j.diagnostic.Severity;
import io.github.blueprint4j.model.constraints.BlueprintRule;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.groups.Default;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;

/**
 * One constraint annotation at one place of the model, with its validator, created once: the
 * validators keep no state, so one instance serves every thread. The rule of the annotation
 * type is read on the first finding that needs it.
 */
final class ConstraintCheck {

    private static final ClassValue<Rule> RULES = new ClassValue<>() {
        @Override
        protected Rule computeValue(Class<?> type) {
            BlueprintRule rule = type.getAnnotation(BlueprintRule.class);
            if (rule == null) {
                throw new IllegalStateException("@" + type.getName() + " has no @BlueprintRule");
            }
            return new Rule(rule.id(), rule.severity(), rule.enforcedByReference());
        }
    };

    private final Annotation annotation;
    private final Class<? extends Annotation> type;
    private final long groups;
    private final String template;
    private final Class<?> pathType;
    private final ConstraintValidator<Annotation, Object> validator;
    private volatile RuleMessages.Message compiled;

    /** The {@code @BlueprintRule} of a constraint type as plain values: findings then bypass the annotation proxy. */
    private record Rule(String code, Severity severity, boolean enforcedByReference) {
    }

    /**
     * Reads a constraint and creates its validator.
     *
     * @param annotation the constraint
     * @param pathType   the type whose component names the paths of its findings start from
     * @param validator  the validator class
     */
    ConstraintCheck(Annotation annotation, Class<?> pathType, Class<?> validator) {
        this.annotation = annotation;
        this.type = annotation.annotationType();
        this.pathType = pathType;
        this.template = (String) attribute("message");
        Class<?>[] declared = (Class<?>[]) attribute("groups");
        // Bean Validation requires groups() to default to none, which means Default
        this.groups = GroupBits.of(declared.length == 0 ? new Class<?>[] {Default.class} : declared);
        this.validator = ValidatorBindings.create(validator, annotation);
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
     * Returns the constraint annotation type.
     *
     * @return the type
     */
    Class<? extends Annotation> type() {
        return type;
    }

    /**
     * Reads an attribute of the constraint annotation.
     *
     * @param name the attribute
     * @return its value, or {@code null} if the annotation has no such attribute
     */
    Object attribute(String name) {
        for (Method method : type.getDeclaredMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() == 0) {
                try {
                    return method.invoke(annotation);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("Cannot read " + name + "() of @" + type.getName(), e);
                }
            }
        }
        return null;
    }

    /**
     * Returns the rule id, the diagnostic code.
     *
     * @return the rule id
     */
    String code() {
        return RULES.get(type).code();
    }

    /**
     * Returns the severity of a finding without a severity of its own.
     *
     * @param strict whether the validation is strict
     * @return the specification's severity in strict mode; otherwise at most a warning for rules the
     *         reference does not enforce
     */
    Severity severity(boolean strict) {
        Rule rule = RULES.get(type);
        return RuleFacts.severity(rule.severity(), rule.enforcedByReference(), strict);
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
        RuleMessages.Message resolved = compiled;
        if (resolved == null) {
            resolved = RuleMessages.compile(this);
            compiled = resolved;
        }
        return resolved;
    }
}
