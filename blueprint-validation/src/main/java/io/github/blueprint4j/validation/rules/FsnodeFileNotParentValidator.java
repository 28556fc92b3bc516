package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.Customizations;
import io.github.blueprint4j.model.constraints.FsnodeFileNotParent;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks {@link FsnodeFileNotParent}: no custom directory or file lies below the path of a
 * custom file. As the reference does, the entry below the file is reported, at its
 * {@code path}, naming the nearest file above it.
 */
public final class FsnodeFileNotParentValidator implements ConstraintValidator<FsnodeFileNotParent, Customizations> {

    @Override
    public boolean isValid(Customizations customizations, ConstraintValidatorContext context) {
        if (customizations == null) {
            return true;
        }
        List<FsnodePaths.Node> nodes = FsnodePaths.of(customizations);
        Set<String> files = new HashSet<>();
        for (FsnodePaths.Node node : nodes) {
            if (node.file()) {
                files.add(node.path());
            }
        }
        boolean valid = true;
        for (FsnodePaths.Node node : nodes) {
            for (String parent = FsnodePaths.parent(node.path()); !parent.equals("/"); parent = FsnodePaths.parent(parent)) {
                if (files.contains(parent)) {
                    Violations.report(context, Violations.params("value", parent), node.at());
                    valid = false;
                    break;
                }
            }
        }
        return valid;
    }
}
