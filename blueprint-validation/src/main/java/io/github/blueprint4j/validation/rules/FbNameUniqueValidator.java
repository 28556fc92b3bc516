package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.FirstbootCustomization;
import io.github.blueprint4j.model.FirstbootScript;
import io.github.blueprint4j.model.constraints.FbNameUnique;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks {@link FbNameUnique}: no two firstboot scripts share a non-empty name. Every later
 * script that repeats an earlier name is reported at its {@code name}.
 */
public final class FbNameUniqueValidator implements ConstraintValidator<FbNameUnique, FirstbootCustomization> {

    @Override
    public boolean isValid(FirstbootCustomization firstboot, ConstraintValidatorContext context) {
        if (firstboot == null) {
            return true;
        }
        boolean valid = true;
        Set<String> seen = new HashSet<>();
        List<FirstbootScript> scripts = firstboot.scripts();
        for (int i = 0; i < scripts.size(); i++) {
            String name = scripts.get(i).name();
            if (name != null && !name.isEmpty() && !seen.add(name)) {
                Violations.report(context, Violations.params("name", name), "scripts", i, "name");
                valid = false;
            }
        }
        return valid;
    }
}
