package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.FirstbootScript;
import io.github.blueprint4j.model.constraints.FbCustomContents;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link FbCustomContents}: a {@code custom} firstboot script has non-empty {@code contents}. */
public final class FbCustomContentsValidator implements ConstraintValidator<FbCustomContents, FirstbootScript> {

    @Override
    public boolean isValid(FirstbootScript script, ConstraintValidatorContext context) {
        if (script == null || FirstbootType.of(script.type()) != FirstbootType.CUSTOM
                || (script.contents() != null && !script.contents().isEmpty())) {
            return true;
        }
        Violations.report(context, Violations.params(), "contents");
        return false;
    }
}
