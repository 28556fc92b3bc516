package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.FileUriScheme;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link FileUriScheme}: a non-empty {@code uri} of a custom file is a URL that Go's
 * {@code url.Parse} accepts, with no scheme (a plain path) or the scheme {@code file}.
 */
public final class FileUriSchemeValidator implements ConstraintValidator<FileUriScheme, String> {

    @Override
    public boolean isValid(String uri, ConstraintValidatorContext context) {
        if (uri == null || uri.isEmpty()) {
            return true;
        }
        String scheme = GoUrls.scheme(uri);
        if (scheme != null && (scheme.isEmpty() || scheme.equals("file"))) {
            return true;
        }
        Violations.report(context, Violations.params("value", uri));
        return false;
    }
}
