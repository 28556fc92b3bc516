package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.Customizations;
import io.github.blueprint4j.model.constraints.FsnodeUniquePaths;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;
import java.util.Set;

/**
 * Checks {@link FsnodeUniquePaths}: no path is used twice among the custom directories and
 * files. Like the reference, directories are taken first, then files, and every later
 * occurrence of a path is reported at its {@code path}.
 */
public final class FsnodeUniquePathsValidator implements ConstraintValidator<FsnodeUniquePaths, Customizations> {

    @Override
    public boolean isValid(Customizations customizations, ConstraintValidatorContext context) {
        if (customizations == null) {
            return true;
        }
        boolean valid = true;
        Set<String> seen = new HashSet<>();
        for (FsnodePaths.Node node : FsnodePaths.of(customizations)) {
            if (!seen.add(node.path())) {
                Violations.report(context, Violations.params("value", node.path()), node.at());
                valid = false;
            }
        }
        return valid;
    }
}
