package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.RepositoryCustomization;
import io.github.blueprint4j.model.constraints.RepoInlineKeyFile;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/**
 * Checks {@link RepoInlineKeyFile}: notes, at each inline key block in {@code gpgkeys}, the file
 * the reference saves it to ({@code /etc/pki/rpm-gpg/RPM-GPG-KEY-<id>-<index>}).
 */
public final class RepoInlineKeyFileValidator implements ConstraintValidator<RepoInlineKeyFile, RepositoryCustomization> {

    @Override
    public boolean isValid(RepositoryCustomization repository, ConstraintValidatorContext context) {
        if (repository == null) {
            return true;
        }
        boolean valid = true;
        List<String> keys = repository.gpgkeys();
        for (int i = 0; i < keys.size(); i++) {
            if (RepoFiles.isInlineKey(keys.get(i))) {
                String id = repository.id() == null ? "" : repository.id();
                Violations.report(context, Violations.params("id", id, "index", i), "gpgkeys", i);
                valid = false;
            }
        }
        return valid;
    }
}
