package io.github.blueprint4j.validation.rules;

import java.util.List;
import io.github.blueprint4j.model.constraints.FwZoneSourcesRequired;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link FwZoneSourcesRequired}. */
public final class FwZoneSourcesRequiredValidator implements ConstraintValidator<FwZoneSourcesRequired, List<String>> {

    @Override
    public boolean isValid(List<String> value, ConstraintValidatorContext context) {
        return true;
    }
}
