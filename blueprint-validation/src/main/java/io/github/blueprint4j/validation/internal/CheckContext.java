package io.github.blueprint4j.validation.internal;

import io.github.blueprint4j.diagnostic.Diagnostic;
import io.github.blueprint4j.diagnostic.Severity;
import io.github.blueprint4j.diagnostic.SourceMap;
import jakarta.validation.ClockProvider;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ValidationException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The constraint validator context of {@link ModelValidator}, and the state of one validation:
 * where the walk is in the blueprint and the findings so far. The rules report through
 * {@code Violations}, which recognizes this context and hands it the finding directly, and read
 * the settings through {@link ValidationSettings#of}. Not thread-safe: one per validation.
 *
 * <p>It follows Hibernate Validator where the outcome shows: reports count only when the
 * validator returns {@code false}, message parameters accumulate over the reports of one call,
 * and equal findings of one call are reported once.
 */
public final class CheckContext implements ConstraintValidatorContext {

    private final ValidationSettings settings;
    private final boolean strict;
    private final SourceMap sourceMap;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private String[] keys = new String[16];
    private int[] indexes = new int[16];
    private int depth;

    private ConstraintCheck check;
    private boolean defaultDisabled;
    private Object[] parameters = new Object[0];
    private int parameterCount;
    private final List<Report> reports = new ArrayList<>();

    /**
     * Starts a validation.
     *
     * @param settings  what the rules read through {@link ValidationSettings#of}
     * @param strict    whether every rule has the specification's severity
     * @param sourceMap where the findings are placed
     */
    CheckContext(ValidationSettings settings, boolean strict, SourceMap sourceMap) {
        this.settings = settings;
        this.strict = strict;
        this.sourceMap = sourceMap;
    }

    /**
     * Returns the profile and the policies of this validation.
     *
     * @return the settings
     */
    public ValidationSettings settings() {
        return settings;
    }

    /**
     * Reports one finding of the constraint being checked, which disables its default finding.
     *
     * @param severity   the severity of this finding, or {@code null} for the rule's
     * @param parameters message parameters, name and value in turn
     * @param path       record component names and list indexes from the checked value to the finding
     */
    public void report(Severity severity, Object[] parameters, Object[] path) {
        defaultDisabled = true;
        if (parameterCount + parameters.length > this.parameters.length) {
            this.parameters = Arrays.copyOf(this.parameters, Math.max(16, 2 * (parameterCount + parameters.length)));
        }
        System.arraycopy(parameters, 0, this.parameters, parameterCount, parameters.length);
        parameterCount += parameters.length;
        reports.add(new Report(severity, path, parameterCount));
    }

    /**
     * Steps into a record component.
     *
     * @param key the component's key in the format
     */
    void enter(String key) {
        push(key, -1);
    }

    /**
     * Steps into a list element.
     *
     * @param index the 0-based index
     */
    void enter(int index) {
        push(null, index);
    }

    /** Steps back out of the last component or element entered. */
    void leave() {
        depth--;
    }

    /**
     * Runs a check on the value at the current place and keeps its findings.
     *
     * @param constraint the check
     * @param value      the value, possibly {@code null}
     * @throws ValidationException if the validator throws, or disables its default finding
     *                             without reporting another
     */
    void check(ConstraintCheck constraint, Object value) {
        check = constraint;
        defaultDisabled = false;
        parameterCount = 0;
        reports.clear();
        boolean valid;
        try {
            valid = constraint.isValid(value, this);
        } catch (RuntimeException e) {
            throw new ValidationException("The validator of " + constraint.code() + " failed", e);
        }
        if (valid) {
            return;
        }
        if (defaultDisabled && reports.isEmpty()) {
            throw new ValidationException("The validator of " + constraint.code() + " reported nothing");
        }
        // a set per check that has more than one finding: a set kept from a large check would cost its size at each clear
        Set<Finding> found = reports.size() + (defaultDisabled ? 0 : 1) > 1 ? new HashSet<>() : null;
        String here = here();
        for (Report report : reports) {
            add(found, report.severity, relative(here, report.path), constraint.message(parameters, report.parameterCount));
        }
        if (!defaultDisabled) {
            add(found, null, here.isEmpty() ? null : here, constraint.message(parameters, parameterCount));
        }
    }

    /**
     * Returns the findings so far.
     *
     * @return the diagnostics, in the order they were found
     */
    List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    @Override
    public void disableDefaultConstraintViolation() {
        defaultDisabled = true;
    }

    @Override
    public String getDefaultConstraintMessageTemplate() {
        return check.template();
    }

    @Override
    public ClockProvider getClockProvider() {
        return Clock::systemDefaultZone;
    }

    /**
     * Not supported: the rules report through {@code Violations}.
     *
     * @throws UnsupportedOperationException always
     */
    @Override
    public ConstraintViolationBuilder buildConstraintViolationWithTemplate(String messageTemplate) {
        throw new UnsupportedOperationException("The blueprint rules report through Violations.report");
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new ValidationException("The blueprint validation context is not a " + type.getName());
    }

    private void push(String key, int index) {
        if (depth == keys.length) {
            keys = Arrays.copyOf(keys, 2 * depth);
            indexes = Arrays.copyOf(indexes, 2 * depth);
        }
        keys[depth] = key;
        indexes[depth] = index;
        depth++;
    }

    /** The path of the current place in key names, empty at the root. */
    private String here() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            if (keys[i] == null) {
                out.append('[').append(indexes[i]).append(']');
            } else {
                out.append(out.length() == 0 ? "" : ".").append(keys[i]);
            }
        }
        return out.toString();
    }

    /** Continues a path with component names (mapped to keys) and indexes; {@code null} for the root. */
    private String relative(String here, Object[] path) {
        StringBuilder out = new StringBuilder(here);
        Class<?> type = check.pathType();
        for (Object segment : path) {
            if (segment instanceof Integer index) {
                out.append('[').append(index).append(']');
                continue;
            }
            String name = (String) segment;
            TypePlan.Component component = TypePlan.of(type).keyed(name);
            out.append(out.length() == 0 ? "" : ".").append(component == null ? name : component.segment());
            if (component != null) {
                type = component.pathType();
            }
        }
        return out.length() == 0 ? null : out.toString();
    }

    /**
     * Adds a finding of the current check unless the same check already found the same; the set of
     * its findings so far tells, so that a check with many findings (a rule over 80,000 users)
     * stays linear.
     *
     * @param found the findings of the check so far, or {@code null} when it has only one
     */
    private void add(Set<Finding> found, Severity chosen, String path, String message) {
        if (found != null && !found.add(new Finding(path, message))) {
            return;
        }
        String code = check.code();
        diagnostics.add(new Diagnostic(code, chosen != null ? chosen : check.severity(strict), path,
                sourceMap.locate(path), message, check.hint()));
    }

    private record Report(Severity severity, Object[] path, int parameterCount) {
    }

    /** What makes two findings of one check the same. */
    private record Finding(String path, String message) {
    }
}
