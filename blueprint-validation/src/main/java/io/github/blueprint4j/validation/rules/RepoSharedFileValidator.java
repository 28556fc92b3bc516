package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.Customizations;
import io.github.blueprint4j.model.RepositoryCustomization;
import io.github.blueprint4j.model.constraints.RepoSharedFile;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks {@link RepoSharedFile}: notes each repository whose effective file name an earlier
 * repository already has, since the reference writes them into one file. Reported at
 * {@code filename}, or at {@code id} when the name comes from the id.
 */
public final class RepoSharedFileValidator implements ConstraintValidator<RepoSharedFile, Customizations> {

    @Override
    public boolean isValid(Customizations customizations, ConstraintValidatorContext context) {
        if (customizations == null) {
            return true;
        }
        boolean valid = true;
        Set<String> seen = new HashSet<>();
        List<RepositoryCustomization> repositories = customizations.repositories();
        for (int i = 0; i < repositories.size(); i++) {
            RepositoryCustomization repository = repositories.get(i);
            String filename = RepoFiles.filename(repository);
            if (filename != null && !seen.add(filename)) {
                Violations.report(context, Violations.params("value", filename),
                        "repositories", i, RepoFiles.filenameSource(repository));
                valid = false;
            }
        }
        return valid;
    }
}
