package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.InstFlatpakRef;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link InstFlatpakRef}: a flatpak reference has exactly four non-empty parts separated
 * by {@code /} ({@code type/id/arch/branch}) once {@code $arch} is replaced by the image's
 * architecture.
 */
public final class InstFlatpakRefValidator implements ConstraintValidator<InstFlatpakRef, String> {

    @Override
    public boolean isValid(String reference, ConstraintValidatorContext context) {
        if (reference == null) {
            return true;
        }
        // any architecture name is non-empty and has no "/", so one stands for all
        String[] parts = reference.replace("$arch", "x86_64").split("/", -1);
        boolean valid = parts.length == 4;
        for (String part : parts) {
            valid &= !part.isEmpty();
        }
        if (!valid) {
            Violations.report(context, Violations.params("value", reference));
        }
        return valid;
    }
}
