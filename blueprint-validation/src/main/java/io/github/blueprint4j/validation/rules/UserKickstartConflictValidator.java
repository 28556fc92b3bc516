package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.Customizations;
import io.github.blueprint4j.model.constraints.UserKickstartConflict;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link UserKickstartConflict}: {@code customizations.user}, {@code customizations.sshkey}
 * and {@code customizations.group} stay empty when {@code customizations.installer.kickstart.contents}
 * is not empty. Each non-empty list is reported.
 */
public final class UserKickstartConflictValidator implements ConstraintValidator<UserKickstartConflict, Customizations> {

    @Override
    public boolean isValid(Customizations customizations, ConstraintValidatorContext context) {
        if (customizations == null || !hasKickstartContents(customizations)) {
            return true;
        }
        boolean valid = true;
        if (!customizations.user().isEmpty()) {
            Violations.report(context, Violations.params(), "user");
            valid = false;
        }
        if (!customizations.sshkey().isEmpty()) {
            Violations.report(context, Violations.params(), "sshkey");
            valid = false;
        }
        if (!customizations.group().isEmpty()) {
            Violations.report(context, Violations.params(), "group");
            valid = false;
        }
        return valid;
    }

    private static boolean hasKickstartContents(Customizations customizations) {
        if (customizations.installer() == null || customizations.installer().kickstart() == null) {
            return false;
        }
        String contents = customizations.installer().kickstart().contents();
        return contents != null && !contents.isEmpty();
    }
}
