package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.Customizations;
import io.github.blueprint4j.model.GroupCustomization;
import io.github.blueprint4j.model.constraints.GroupNameUnique;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks {@link GroupNameUnique}: no two {@code customizations.group} entries have the same name.
 * Every later occurrence of a name is reported at its {@code name}, with the message parameter
 * {@code name}. As in the reference, an absent name counts as the empty name.
 */
public final class GroupNameUniqueValidator implements ConstraintValidator<GroupNameUnique, Customizations> {

    @Override
    public boolean isValid(Customizations customizations, ConstraintValidatorContext context) {
        if (customizations == null) {
            return true;
        }
        boolean valid = true;
        Set<String> seen = new HashSet<>();
        List<GroupCustomization> groups = customizations.group();
        for (int i = 0; i < groups.size(); i++) {
            String name = groups.get(i).name() == null ? "" : groups.get(i).name();
            if (!seen.add(name)) {
                Violations.report(context, Violations.params("name", name), "group", i, "name");
                valid = false;
            }
        }
        return valid;
    }
}
