package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.validation.ImageTypes;
import io.github.blueprint4j.validation.Target;
import java.util.List;

/** The image types the Blueprint Reference names for the rules that rest on its statements. */
final class SeedStatements {

    private SeedStatements() {
    }

    /**
     * Returns the image types a rule's documented statement names.
     *
     * @param rule   the rule id
     * @param target the target, whose image definitions hold the statements
     * @return the image type names; empty if no statement carries the rule
     */
    static List<String> imageTypes(String rule, Target target) {
        for (ImageTypes.Statement statement : target.imageDefinitions().documentedStatements()) {
            if (rule.equals(statement.rule())) {
                return statement.appliesTo();
            }
        }
        return List.of();
    }

    /**
     * Tells whether a rule's documented statement names the target's image type.
     *
     * @param rule   the rule id
     * @param target the target
     * @return {@code true} if the statement concerns the image type
     */
    static boolean concern(String rule, Target target) {
        return imageTypes(rule, target).contains(target.imageType().name());
    }
}
