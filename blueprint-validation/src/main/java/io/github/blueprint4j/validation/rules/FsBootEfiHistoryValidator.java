package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.FsBootEfiHistory;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link FsBootEfiHistory}: notes a filesystem mountpoint that is exactly {@code /boot/efi}. */
public final class FsBootEfiHistoryValidator implements ConstraintValidator<FsBootEfiHistory, String> {

    @Override
    public boolean isValid(String mountpoint, ConstraintValidatorContext context) {
        return !DiskLayout.ESP.equals(mountpoint);
    }
}
