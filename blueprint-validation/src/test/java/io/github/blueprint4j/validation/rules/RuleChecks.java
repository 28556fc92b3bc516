package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.diagnostic.Diagnostic;
import io.github.blueprint4j.model.Blueprint;
import io.github.blueprint4j.validation.BlueprintValidator;
import io.github.blueprint4j.validation.PathPolicies;
import io.github.blueprint4j.validation.Profile;
import java.util.List;
import java.util.Set;

/**
 * The validators the rule tests use (image-builder profile, no path policies, default and
 * strict) and a filter that keeps the findings of the rules under test, so that other rules do
 * not disturb the assertions.
 */
final class RuleChecks {

    /** Validates without strict mode. */
    static final BlueprintValidator DEFAULT = BlueprintValidator.builder()
            .profile(Profile.IMAGE_BUILDER).policies(PathPolicies.none()).build();
    /** Validates in strict mode. */
    static final BlueprintValidator STRICT = BlueprintValidator.builder()
            .profile(Profile.IMAGE_BUILDER).policies(PathPolicies.none()).strict(true).build();

    private RuleChecks() {
    }

    /** The findings of the given rules. */
    static List<Diagnostic> findings(BlueprintValidator validator, Blueprint blueprint, Set<String> codes) {
        return validator.validate(blueprint).diagnostics().stream().filter(d -> codes.contains(d.code())).toList();
    }
}
