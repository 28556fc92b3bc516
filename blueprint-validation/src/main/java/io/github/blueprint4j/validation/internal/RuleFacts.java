package io.github.blueprint4j.validation.internal;

import io.github.blueprint4j.diagnostic.Severity;

/**
 * What the engine and {@code BlueprintRules} both need to know about a rule: the severity of its
 * findings and its hint. Not part of the API.
 */
public final class RuleFacts {

    private RuleFacts() {
    }

    /**
     * Returns the severity of a finding without a severity of its own.
     *
     * @param specified           the specification's severity
     * @param enforcedByReference whether the reference implementation enforces the rule
     * @param strict              whether the validation is strict
     * @return the specification's severity in strict mode; otherwise at most a warning for rules
     *         the reference does not enforce
     */
    public static Severity severity(Severity specified, boolean enforcedByReference, boolean strict) {
        if (strict || enforcedByReference || specified != Severity.ERROR) {
            return specified;
        }
        return Severity.WARNING;
    }

    /**
     * Returns the hint of a rule.
     *
     * @param ruleId the rule id
     * @return what to write instead, or {@code null} if the rule has no hint
     */
    public static String hint(String ruleId) {
        return RuleMessages.hint(ruleId);
    }
}
