package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.FirstbootScript;
import io.github.blueprint4j.model.constraints.FbKeysByType;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link FbKeysByType}: a firstboot script of a known type has no key of another type
 * and no key the format does not define; each such key is reported at itself. A script whose
 * type is missing or unknown is left to {@code FB-TYPE}.
 */
public final class FbKeysByTypeValidator implements ConstraintValidator<FbKeysByType, FirstbootScript> {

    @Override
    public boolean isValid(FirstbootScript script, ConstraintValidatorContext context) {
        FirstbootType type = script == null ? null : FirstbootType.of(script.type());
        if (type == null) {
            return true;
        }
        boolean valid = true;
        for (FirstbootType.Key key : type.refusedKeys(script)) {
            Violations.report(context, Violations.params("key", key.key(), "type", type.key()), key.path());
            valid = false;
        }
        return valid;
    }
}
