package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.InstModuleNames;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Set;

/**
 * Checks {@link InstModuleNames}: an entry of {@code installer.modules.enable} or
 * {@code disable} is one of the ten Anaconda D-Bus modules the image builder knows, such as
 * {@code org.fedoraproject.Anaconda.Modules.Users} (exact spelling).
 */
public final class InstModuleNamesValidator implements ConstraintValidator<InstModuleNames, String> {

    /** The Users module, which user and group customizations need. */
    static final String USERS = "org.fedoraproject.Anaconda.Modules.Users";

    private static final String PREFIX = "org.fedoraproject.Anaconda.Modules.";
    private static final Set<String> KNOWN = Set.of(
            PREFIX + "Localization", PREFIX + "Network", PREFIX + "Payloads", PREFIX + "Runtime",
            PREFIX + "Security", PREFIX + "Services", PREFIX + "Storage", PREFIX + "Subscription",
            PREFIX + "Timezone", USERS);

    @Override
    public boolean isValid(String module, ConstraintValidatorContext context) {
        if (module == null || KNOWN.contains(module)) {
            return true;
        }
        Violations.report(context, Violations.params("value", module));
        return false;
    }
}
