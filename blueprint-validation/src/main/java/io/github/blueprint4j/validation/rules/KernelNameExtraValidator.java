package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.Blueprint;
import io.github.blueprint4j.model.PackageSpec;
import io.github.blueprint4j.model.constraints.KernelNameExtra;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/**
 * Checks {@link KernelNameExtra}: notes every entry of {@code packages} whose name equals the
 * kernel named in {@code customizations.kernel.name}; the customization adds its kernel to the
 * package list in any case, so the listed one does not replace it. Reported at the entry's
 * {@code name} with the message parameter {@code kernel}.
 */
public final class KernelNameExtraValidator implements ConstraintValidator<KernelNameExtra, Blueprint> {

    @Override
    public boolean isValid(Blueprint blueprint, ConstraintValidatorContext context) {
        if (blueprint == null || blueprint.customizations() == null || blueprint.customizations().kernel() == null) {
            return true;
        }
        String kernel = blueprint.customizations().kernel().name();
        if (kernel == null || kernel.isEmpty()) {
            return true;
        }
        boolean valid = true;
        List<PackageSpec> packages = blueprint.packages();
        for (int i = 0; i < packages.size(); i++) {
            if (kernel.equals(packages.get(i).name())) {
                Violations.report(context, Violations.params("kernel", kernel), "packages", i, "name");
                valid = false;
            }
        }
        return valid;
    }
}
