package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.Customizations;
import io.github.blueprint4j.model.GroupCustomization;
import io.github.blueprint4j.model.constraints.GroupGidUnique;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks {@link GroupGidUnique}: no two {@code customizations.group} entries have the same
 * {@code gid}; entries without one are not compared. Every later occurrence of a gid is reported
 * at its {@code gid}, with the message parameter {@code gid}.
 */
public final class GroupGidUniqueValidator implements ConstraintValidator<GroupGidUnique, Customizations> {

    @Override
    public boolean isValid(Customizations customizations, ConstraintValidatorContext context) {
        if (customizations == null) {
            return true;
        }
        boolean valid = true;
        Set<Long> seen = new HashSet<>();
        List<GroupCustomization> groups = customizations.group();
        for (int i = 0; i < groups.size(); i++) {
            Long gid = groups.get(i).gid();
            if (gid != null && !seen.add(gid)) {
                Violations.report(context, Violations.params("gid", gid), "group", i, "gid");
                valid = false;
            }
        }
        return valid;
    }
}
