package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.FirstbootScript;
import io.github.blueprint4j.model.constraints.FbAapFields;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link FbAapFields}: an {@code aap} firstboot script has a non-empty
 * {@code job_template_url} and a non-empty {@code host_config_key}; each missing one is
 * reported at its key.
 */
public final class FbAapFieldsValidator implements ConstraintValidator<FbAapFields, FirstbootScript> {

    @Override
    public boolean isValid(FirstbootScript script, ConstraintValidatorContext context) {
        if (script == null || FirstbootType.of(script.type()) != FirstbootType.AAP) {
            return true;
        }
        boolean valid = true;
        if (script.jobTemplateUrl() == null || script.jobTemplateUrl().isEmpty()) {
            Violations.report(context, Violations.params(), "jobTemplateUrl");
            valid = false;
        }
        if (script.hostConfigKey() == null || script.hostConfigKey().isEmpty()) {
            Violations.report(context, Violations.params(), "hostConfigKey");
            valid = false;
        }
        return valid;
    }
}
