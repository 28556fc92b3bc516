package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.diagnostic.Severity;
import io.github.blueprint4j.model.internal.Redaction;
import io.github.blueprint4j.validation.internal.CheckContext;
import io.github.blueprint4j.validation.internal.PropertyKeys;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Reports violations of class-level rules at the field they concern, such as
 * {@code partitions[3].mountpoint}, with message parameters.
 *
 * <p>A path is a sequence of record component names (Java names) and indexes; an index
 * selects an element of the list named just before it:
 * {@code report(context, params, "partitions", 3, "mountpoint")}. Under Hibernate Validator the
 * nodes are named with the format's keys ({@code fs_type}), which a property node name
 * provider does not rename.
 */
final class Violations {

    private Violations() {
    }

    /**
     * Reports one violation of the constraint being validated, with its default message.
     *
     * @param context    the validator's context; its default violation is disabled
     * @param parameters message parameters, name and value in turn ({@code "name", "wheel"})
     * @param path       component names and indexes, relative to the validated object
     */
    static void report(ConstraintValidatorContext context, Object[] parameters, Object... path) {
        report(context, null, parameters, path);
    }

    /**
     * Reports one violation with a severity other than the rule's usual one.
     *
     * @param context    the validator's context; its default violation is disabled
     * @param severity   the severity for this finding, or {@code null} for the rule's
     * @param parameters message parameters, name and value in turn
     * @param path       component names and indexes, relative to the validated object
     */
    static void report(ConstraintValidatorContext context, Severity severity, Object[] parameters, Object... path) {
        if (context instanceof CheckContext direct) {
            direct.report(severity, parameters, path);
            return;
        }
        context.disableDefaultConstraintViolation();
        HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
        for (int i = 0; i + 1 < parameters.length; i += 2) {
            hibernate.addMessageParameter((String) parameters[i], parameters[i + 1]);
        }
        hibernate.withDynamicPayload(severity);
        ConstraintViolationBuilder builder = context.buildConstraintViolationWithTemplate(
                context.getDefaultConstraintMessageTemplate());
        Object node = builder;
        Integer index = null;
        for (Object segment : path) {
            if (segment instanceof Integer i) {
                index = i;
                continue;
            }
            node = property(node, (String) segment, index);
            index = null;
        }
        if (index != null) {
            bean(node).inIterable().atIndex(index).addConstraintViolation();
        } else if (node instanceof NodeBuilderCustomizableContext custom) {
            custom.addConstraintViolation();
        } else if (node instanceof NodeBuilderDefinedContext defined) {
            defined.addConstraintViolation();
        } else {
            ((ConstraintViolationBuilder) node).addConstraintViolation();
        }
    }

    /**
     * The message parameters of a finding: names and values in turn. Texts are masked and
     * escaped as the redaction policy says, so that no message, of either engine, shows a
     * credential in a URL or a control character.
     */
    static Object[] params(Object... namesAndValues) {
        for (int i = 1; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i] instanceof String text) {
                namesAndValues[i] = Redaction.safe(text);
            }
        }
        return namesAndValues;
    }

    /** Adds a property node named with the format's key, as the engine names it. */
    private static Object property(Object node, String javaName, Integer index) {
        String name = PropertyKeys.modelKey(javaName);
        NodeBuilderCustomizableContext added;
        if (node instanceof ConstraintViolationBuilder builder) {
            added = builder.addPropertyNode(name);
        } else if (node instanceof NodeBuilderCustomizableContext custom) {
            added = custom.addPropertyNode(name);
        } else {
            added = ((NodeBuilderDefinedContext) node).addPropertyNode(name);
        }
        return index == null ? added : added.inIterable().atIndex(index);
    }

    private static ConstraintViolationBuilder.LeafNodeBuilderCustomizableContext bean(Object node) {
        if (node instanceof NodeBuilderCustomizableContext custom) {
            return custom.addBeanNode();
        }
        if (node instanceof NodeBuilderDefinedContext defined) {
            return defined.addBeanNode();
        }
        return ((ConstraintViolationBuilder) node).addBeanNode();
    }
}
