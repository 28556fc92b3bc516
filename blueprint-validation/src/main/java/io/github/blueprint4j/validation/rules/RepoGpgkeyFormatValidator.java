package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.RepoGpgkeyFormat;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link RepoGpgkeyFormat}: a GPG key entry is an ASCII-armoured public key block (it
 * starts with {@code -----BEGIN PGP PUBLIC KEY BLOCK-----} and contains
 * {@code -----END PGP PUBLIC KEY BLOCK-----}) or a URL that Go's {@code url.ParseRequestURI}
 * accepts (an absolute URL with a scheme, or an absolute path). An empty entry is neither, as
 * for the reference.
 */
public final class RepoGpgkeyFormatValidator implements ConstraintValidator<RepoGpgkeyFormat, String> {

    @Override
    public boolean isValid(String key, ConstraintValidatorContext context) {
        return key == null || RepoFiles.isArmouredKey(key) || GoUrls.isRequestUri(key);
    }
}
