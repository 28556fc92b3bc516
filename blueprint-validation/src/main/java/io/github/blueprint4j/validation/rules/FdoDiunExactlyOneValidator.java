package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.FdoCustomization;
import io.github.blueprint4j.model.constraints.FdoDiunExactlyOne;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link FdoDiunExactlyOne}: exactly one of {@code diun_pub_key_insecure},
 * {@code diun_pub_key_hash} and {@code diun_pub_key_root_certs} is non-empty. None at all is
 * reported at the {@code fdo} table; with more than one, each key after the first is reported
 * at itself.
 */
public final class FdoDiunExactlyOneValidator implements ConstraintValidator<FdoDiunExactlyOne, FdoCustomization> {

    @Override
    public boolean isValid(FdoCustomization fdo, ConstraintValidatorContext context) {
        if (fdo == null) {
            return true;
        }
        String[] values = {fdo.diunPubKeyInsecure(), fdo.diunPubKeyHash(), fdo.diunPubKeyRootCerts()};
        String[] components = {"diunPubKeyInsecure", "diunPubKeyHash", "diunPubKeyRootCerts"};
        int given = 0;
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null && !values[i].isEmpty()) {
                given++;
                if (given > 1) {
                    Violations.report(context, Violations.params(), components[i]);
                }
            }
        }
        return given == 1;
    }
}
