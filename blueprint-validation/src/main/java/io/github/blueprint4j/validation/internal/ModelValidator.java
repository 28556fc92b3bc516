package io.github.blueprint4j.validation.internal;

import io.github.blueprint4j.diagnostic.Diagnostic;
import io.github.blueprint4j.diagnostic.SourceMap;
import java.util.Collection;
import java.util.List;

/**
 * Runs the constraint validators of the rules over a blueprint, as Hibernate Validator would
 * with the same groups, but without its bootstrap: it walks the records once, checking every
 * constraint of the selected groups and descending where the model says {@code @Valid}.
 * Immutable and thread-safe; the plans of the model types are shared and built on first use.
 */
public final class ModelValidator {

    private final ValidationSettings settings;
    private final long groups;
    private final boolean strict;

    /**
     * Creates a validator.
     *
     * @param settings what the rules read through {@link ValidationSettings#of}
     * @param groups   the validation groups to check
     * @param strict   whether every rule has the specification's severity
     */
    public ModelValidator(ValidationSettings settings, List<Class<?>> groups, boolean strict) {
        this.settings = settings;
        this.groups = GroupBits.selection(groups);
        this.strict = strict;
    }

    /**
     * Builds the plans of the given model types now rather than on first use.
     *
     * @param types record types of the model
     */
    public static void prepare(Collection<Class<?>> types) {
        for (Class<?> type : types) {
            TypePlan.of(type);
        }
    }

    /**
     * Validates a record and everything it holds.
     *
     * @param root      the record, such as a blueprint
     * @param sourceMap where the findings are placed
     * @return the findings, unsorted
     */
    public List<Diagnostic> validate(Object root, SourceMap sourceMap) {
        CheckContext context = new CheckContext(settings, strict, sourceMap);
        visit(root, context);
        return context.diagnostics();
    }

    private void visit(Object record, CheckContext context) {
        TypePlan plan = TypePlan.of(record.getClass());
        run(plan.checks(), record, context);
        for (TypePlan.Component component : plan.walked()) {
            Object value = component.valueOf(record);
            context.enter(component.segment());
            run(component.checks(), value, context);
            if (value != null && component.cascaded()) {
                visit(value, context);
            }
            if (value != null && (component.elementChecks().length > 0 || component.elementsCascaded())) {
                List<?> elements = (List<?>) value;
                for (int i = 0; i < elements.size(); i++) {
                    Object element = elements.get(i);
                    context.enter(i);
                    run(component.elementChecks(), element, context);
                    if (element != null && component.elementsCascaded()) {
                        visit(element, context);
                    }
                    context.leave();
                }
            }
            context.leave();
        }
    }

    private void run(ConstraintCheck[] checks, Object value, CheckContext context) {
        for (ConstraintCheck check : checks) {
            if (check.selectedBy(groups)) {
                context.check(check, value);
            }
        }
    }
}
