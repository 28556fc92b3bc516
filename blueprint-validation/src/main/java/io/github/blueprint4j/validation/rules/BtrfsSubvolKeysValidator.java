package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.BtrfsSubvolume;
import io.github.blueprint4j.model.constraints.BtrfsSubvolKeys;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link BtrfsSubvolKeys}. */
public final class BtrfsSubvolKeysValidator implements ConstraintValidator<BtrfsSubvolKeys, BtrfsSubvolume> {

    @Override
    public boolean isValid(BtrfsSubvolume value, ConstraintValidatorContext context) {
        return true;
    }
}
