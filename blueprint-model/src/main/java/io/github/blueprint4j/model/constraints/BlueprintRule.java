package io.github.blueprint4j.model.constraints;

import io.github.blueprint4j.diagnostic.Severity;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a constraint annotation as the rule of the blueprint specification it checks.
 *
 * <p>Read it from a violation to learn the rule and its severity:
 * {@code violation.getConstraintDescriptor().getAnnotation().annotationType().getAnnotation(BlueprintRule.class)}.
 * Rules that the reference implementation enforces are errors; the others (build-time,
 * downstream and documented rules) are warnings unless the caller asks for strict mode, where
 * they take the {@link #severity()} of the specification.
 */
@Documented
@Target(ElementType.ANNOTATION_TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface BlueprintRule {

    /**
     * Returns the rule id of the specification, which is the diagnostic code.
     *
     * @return the rule id, such as {@code FSNODE-PATH-ABSOLUTE}
     */
    String id();

    /**
     * Returns the severity the specification gives the rule, which applies in strict mode.
     *
     * @return the severity
     */
    Severity severity();

    /**
     * Tells whether the reference implementation refuses a blueprint that breaks the rule.
     *
     * @return {@code true} if it does; then the rule is an error in every mode
     */
    boolean enforcedByReference();

}
