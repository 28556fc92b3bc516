package io.github.blueprint4j.validation.internal;

import io.github.blueprint4j.diagnostic.Severity;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.groups.Default;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;

/**
 * One constraint annotation at one place of the model, with its validator, created once: the
 * validators keep no state, so one instance serves every thread. The rule of the annotation
 * type and the annotation instance are read only when a finding or a validator needs them.
 */
final class ConstraintCheck {

    private final Class<? extends Annotation> type;
    private final AnnotatedElement place;
    private final boolean onElementType;
    private final long groups;
    private final String message;
    private final Class<?> pathType;
    private final ConstraintValidator<Annotation, Object> validator;
    private volatile Annotation annotation;
    private volatile RuleMessages.Message compiled;

    /**
     * Describes a constraint as its class file declares it, and creates its validator.
     *
     * @param type          the constraint annotation type
     * @param values        the elements given explicitly
     * @param place         the record class or the field the annotation is on
     * @param onElementType whether it is on the element type of the field's list type
     * @param pathType      the type whose component names the paths of its findings start from
     * @param validator     the validator class
     */
    ConstraintCheck(Class<? extends Annotation> type, Map<String, Object> values, AnnotatedElement place,
            boolean onElementType, Class<?> pathType, Class<?> validator) {
        this.type = type;
        this.place = place;
        this.onElementType = onElementType;
        this.pathType = pathType;
        this.message = (String) values.get("message");
        // Bean Validation requires groups() to default to none, which means Default
        List<?> declared = (List<?>) values.getOrDefault("groups", List.of());
        Class<?>[] classes = new Class<?>[declared.size()];
        for (int i = 0; i < classes.length; i++) {
            classes[i] = load((String) declared.get(i));
        }
        this.groups = GroupBits.of(classes.length == 0 ? new Class<?>[] {Default.class} : classes);
        this.validator = ValidatorBindings.create(validator, this);
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
     * Returns the annotation instance, read reflectively on first use.
     *
     * @return the annotation
     */
    Annotation annotation() {
        Annotation found = annotation;
        if (found == null) {
            AnnotatedElement element = onElementType
                    ? ((AnnotatedParameterizedType) ((Field) place).getAnnotatedType()).getAnnotatedActualTypeArguments()[0]
                    : place;
            found = element.getAnnotation(type);
            annotation = found;
        }
        return found;
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
                    return method.invoke(annotation());
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
        return ConstraintType.of(type).code();
    }

    /**
     * Returns the severity of a finding without a severity of its own.
     *
     * @param strict whether the validation is strict
     * @return the specification's severity in strict mode; otherwise at most a warning for rules the
     *         reference does not enforce
     */
    Severity severity(boolean strict) {
        ConstraintType rule = ConstraintType.of(type);
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
        return message != null ? message : ConstraintType.of(type).message();
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

    private Class<?> load(String name) {
        try {
            return Class.forName(name, false, type.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("A group of @" + type.getName() + " is missing: " + name, e);
        }
    }
}
