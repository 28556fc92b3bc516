package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.GroupGidRequiredDoc;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link GroupGidRequiredDoc}: a {@code customizations.group} entry gives its {@code gid}. */
public final class GroupGidRequiredDocValidator implements ConstraintValidator<GroupGidRequiredDoc, Long> {

    @Override
    public boolean isValid(Long gid, ConstraintValidatorContext context) {
        return gid != null;
    }
}
