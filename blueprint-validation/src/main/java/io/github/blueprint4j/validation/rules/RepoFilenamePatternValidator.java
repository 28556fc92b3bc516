package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.RepositoryCustomization;
import io.github.blueprint4j.model.constraints.RepoFilenamePattern;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Pattern;

/**
 * Checks {@link RepoFilenamePattern}: the effective file name of a repository ({@code filename}
 * with {@code .repo} appended if missing, else {@code <id>.repo}) is 1 to 250 ASCII letters,
 * digits, {@code _}, {@code .} or {@code -} followed by {@code .repo}. Reported at
 * {@code filename}, or at {@code id} when the name comes from the id; a repository with neither
 * is left to the id rule.
 */
public final class RepoFilenamePatternValidator implements ConstraintValidator<RepoFilenamePattern, RepositoryCustomization> {

    private static final Pattern FILENAME = Pattern.compile("[A-Za-z0-9_.-]{1,250}\\.repo");

    @Override
    public boolean isValid(RepositoryCustomization repository, ConstraintValidatorContext context) {
        if (repository == null) {
            return true;
        }
        String filename = RepoFiles.filename(repository);
        if (filename == null || FILENAME.matcher(filename).matches()) {
            return true;
        }
        Violations.report(context, Violations.params("value", filename), RepoFiles.filenameSource(repository));
        return false;
    }
}
