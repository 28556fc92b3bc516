package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.RepositoryCustomization;

/**
 * How the reference writes a custom repository: the name of its {@code .repo} file and which
 * of its GPG keys are inline key blocks rather than URLs.
 */
final class RepoFiles {

    private static final String KEY_BEGIN = "-----BEGIN PGP PUBLIC KEY BLOCK-----";
    private static final String KEY_END = "-----END PGP PUBLIC KEY BLOCK-----";

    private RepoFiles() {
    }

    /**
     * Returns the effective file name: {@code filename} with {@code .repo} appended if missing,
     * or {@code <id>.repo} without a file name.
     *
     * @param repository the repository
     * @return the file name, or {@code null} when neither a file name nor an id is given
     */
    static String filename(RepositoryCustomization repository) {
        String filename = repository.filename();
        if (filename != null && !filename.isEmpty()) {
            return filename.endsWith(".repo") ? filename : filename + ".repo";
        }
        String id = repository.id();
        return id == null || id.isEmpty() ? null : id + ".repo";
    }

    /**
     * Returns the key the effective file name comes from: {@code filename} when given, else {@code id}.
     *
     * @param repository the repository
     * @return the record component name
     */
    static String filenameSource(RepositoryCustomization repository) {
        return repository.filename() != null && !repository.filename().isEmpty() ? "filename" : "id";
    }

    /**
     * Tells whether a key is an ASCII-armoured public key block: it starts with the block's
     * header line and contains its footer line.
     *
     * @param key the key entry
     * @return {@code true} for an armoured key block
     */
    static boolean isArmouredKey(String key) {
        return key.startsWith(KEY_BEGIN) && key.contains(KEY_END);
    }

    /**
     * Tells whether a key entry is an inline key that the reference saves to a file: an
     * armoured key block (which is never a URL).
     *
     * @param key the key entry
     * @return {@code true} for an inline key
     */
    static boolean isInlineKey(String key) {
        return isArmouredKey(key) && !GoUrls.isRequestUri(key);
    }
}
