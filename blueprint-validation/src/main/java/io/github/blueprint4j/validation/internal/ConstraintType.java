package io.github.blueprint4j.validation.internal;

import io.github.blueprint4j.diagnostic.Severity;

/**
 * What an annotation type is to validation, read once from its class file: whether it is a
 * constraint, the rule it checks, and the default of its message.
 */
final class ConstraintType {

    private static final String CONSTRAINT = "jakarta.validation.Constraint";
    private static final String RULE = "io.github.blueprint4j.model.constraints.BlueprintRule";
    private static final ClassValue<ConstraintType> TYPES = new ClassValue<>() {
        @Override
        protected ConstraintType computeValue(Class<?> type) {
            return new ConstraintType(type);
        }
    };

    private final boolean constraint;
    private final String code;
    private final Severity severity;
    private final boolean enforcedByReference;
    private final String message;

    private ConstraintType(Class<?> type) {
        ClassFileAnnotations file = ClassFileAnnotations.of(type);
        boolean isConstraint = false;
        ClassFileAnnotations.Declared rule = null;
        for (ClassFileAnnotations.Declared meta : file.onClass()) {
            isConstraint |= meta.type().equals(CONSTRAINT);
            rule = meta.type().equals(RULE) ? meta : rule;
        }
        if (isConstraint && rule == null) {
            throw new IllegalStateException("@" + type.getName() + " has no @BlueprintRule");
        }
        constraint = isConstraint;
        code = rule == null ? null : (String) rule.values().get("id");
        severity = rule == null ? null : Severity.valueOf((String) rule.values().get("severity"));
        enforcedByReference = rule != null && (Boolean) rule.values().get("enforcedByReference");
        message = (String) file.defaultValue("message");
    }

    /**
     * Returns what an annotation type is to validation.
     *
     * @param type the annotation type
     * @return its description, read on first use
     */
    static ConstraintType of(Class<?> type) {
        return TYPES.get(type);
    }

    /**
     * Tells whether the type is a constraint, annotated with {@code @Constraint}.
     *
     * @return {@code true} for constraints, which all carry {@code @BlueprintRule}
     */
    boolean isConstraint() {
        return constraint;
    }

    /**
     * Returns the rule id.
     *
     * @return the {@code id} of {@code @BlueprintRule}
     */
    String code() {
        return code;
    }

    /**
     * Returns the severity of the specification.
     *
     * @return the {@code severity} of {@code @BlueprintRule}
     */
    Severity severity() {
        return severity;
    }

    /**
     * Tells whether the reference implementation enforces the rule.
     *
     * @return the {@code enforcedByReference} of {@code @BlueprintRule}
     */
    boolean enforcedByReference() {
        return enforcedByReference;
    }

    /**
     * Returns the default message template.
     *
     * @return the default of {@code message()}
     */
    String message() {
        return message;
    }
}
