package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.InstallerCustomization;

/** What the installer rules need to know about a custom kickstart. */
final class InstallerKickstart {

    private InstallerKickstart() {
    }

    /**
     * Tells whether the installer customization carries custom kickstart contents.
     *
     * @param installer the installer customization
     * @return {@code true} if {@code kickstart.contents} is not empty
     */
    static boolean hasContents(InstallerCustomization installer) {
        return installer.kickstart() != null && installer.kickstart().contents() != null
                && !installer.kickstart().contents().isEmpty();
    }
}
