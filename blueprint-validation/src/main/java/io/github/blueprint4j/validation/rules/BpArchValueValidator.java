package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.BpArchValue;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Set;

/** Checks {@link BpArchValue}: one of the architectures osbuild knows. */
public final class BpArchValueValidator implements ConstraintValidator<BpArchValue, String> {

    private static final Set<String> ARCHITECTURES = Set.of("x86_64", "aarch64", "ppc64le", "s390x", "riscv64");

    @Override
    public boolean isValid(String architecture, ConstraintValidatorContext context) {
        return architecture == null || architecture.isEmpty() || ARCHITECTURES.contains(architecture);
    }
}
