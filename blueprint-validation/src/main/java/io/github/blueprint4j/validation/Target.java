package io.github.blueprint4j.validation;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * What a blueprint is built into: a distribution and one of its image types. Given to
 * {@link BlueprintValidator.Builder#target(Target)}, it turns on the checks that depend on them:
 * options the image type ignores or requires, its partitioning modes and path policies,
 * OpenSCAP profiles of the distribution, release gates. Immutable and thread-safe.
 *
 * <pre>{@code
 * Target target = Target.of("rhel-9.6", "edge-raw-image");
 * BlueprintValidator validator = BlueprintValidator.builder().target(target).build();
 * }</pre>
 */
public final class Target {

    private final String distro;
    private final String distroName;
    private final Integer major;
    private final Integer minor;
    private final ImageType imageType;
    private final List<String> openScapProfiles;
    private final String profilePrefix;
    private final ImageDefinitions definitions;

    Target(String distro, String distroName, Integer major, Integer minor, ImageType imageType,
           List<String> openScapProfiles, String profilePrefix, ImageDefinitions definitions) {
        this.definitions = definitions;
        this.distro = distro;
        this.distroName = distroName;
        this.major = major;
        this.minor = minor;
        this.imageType = imageType;
        this.openScapProfiles = List.copyOf(openScapProfiles);
        this.profilePrefix = profilePrefix;
    }

    /**
     * Resolves a distribution and an image type.
     *
     * @param distro    the distribution as osbuild writes it: {@code rhel-9.6}, {@code rhel-9},
     *                  {@code centos-9}, {@code almalinux-9.5}, {@code fedora-43}, {@code eln},
     *                  {@code bootc-generic}, ...
     * @param imageType the image type or one of its aliases: {@code qcow2}, {@code guest-image},
     *                  {@code edge-raw-image}, {@code iot-raw-image}, ...
     * @return the target
     * @throws UnknownTargetException if either is unknown, or the distribution hides the image
     *                                type; the message lists the five closest known names,
     *                                {@link UnknownTargetException#suggestions()} all of them
     */
    public static Target of(String distro, String imageType) {
        return ImageTypes.latest().target(distro, imageType);
    }

    /**
     * Resolves a distribution and an image type in a given revision of the image definitions,
     * for builds with an older osbuild.
     *
     * @param distro    the distribution as osbuild writes it
     * @param imageType the image type or one of its aliases
     * @param revision  a revision of {@link ImageTypes#revisions()}, such as {@code 1}
     * @return the target
     * @throws UnknownTargetException if the revision, the distribution or the image type is
     *                                unknown, or the distribution hides the image type
     */
    public static Target of(String distro, String imageType, String revision) {
        return ImageTypes.revision(revision).target(distro, imageType);
    }

    /**
     * Returns the image definitions the target was resolved in.
     *
     * @return the revision of the bundled image definitions
     */
    public ImageDefinitions imageDefinitions() {
        return definitions;
    }

    /**
     * Returns the distribution as it was given.
     *
     * @return the distribution, such as {@code rhel-9.6}
     */
    public String distro() {
        return distro;
    }

    /**
     * Returns the distribution's name without its version.
     *
     * @return the name, such as {@code rhel}, {@code centos} or {@code fedora}
     */
    public String distroName() {
        return distroName;
    }

    /**
     * Returns the distribution's major version.
     *
     * @return the major version, empty when the distribution was given without one
     */
    public OptionalInt majorVersion() {
        return major == null ? OptionalInt.empty() : OptionalInt.of(major);
    }

    /**
     * Returns the distribution's minor version.
     *
     * @return the minor version, empty when the distribution was given without one ({@code rhel-9})
     */
    public OptionalInt minorVersion() {
        return minor == null ? OptionalInt.empty() : OptionalInt.of(minor);
    }

    /**
     * Returns the image type.
     *
     * @return the image type, under its own name even when an alias was given
     */
    public ImageType imageType() {
        return imageType;
    }

    /**
     * Returns the OpenSCAP profiles the distribution's image definitions allow.
     *
     * @return full profile ids ({@code xccdf_org.ssgproject.content_profile_cis}); empty when none is allowed
     */
    public List<String> openScapProfiles() {
        return openScapProfiles.stream().map(suffix -> profilePrefix + suffix).toList();
    }

    /**
     * Tells whether the distribution allows an OpenSCAP profile: an allowed id equals it or ends
     * with it, so {@code cis} matches {@code xccdf_org.ssgproject.content_profile_cis}.
     *
     * @param profileId the profile id of the blueprint
     * @return {@code true} if allowed
     */
    public boolean allowsOpenScapProfile(String profileId) {
        for (String allowed : openScapProfiles()) {
            if (allowed.endsWith(profileId)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the path policies the image type applies: the ostree tables for files and
     * directories on ostree-based types, the bootc mountpoint table on bootc disk types, the
     * newest default tables otherwise.
     *
     * @return the policies
     */
    public PathPolicies pathPolicies() {
        return pathPolicies(false);
    }

    /**
     * Returns the path policies of the image type; strict mode adds the ostree mountpoint table
     * that older osbuild releases applied to ostree-based types.
     */
    PathPolicies pathPolicies(boolean strict) {
        return PathPolicies.forImageType(imageType, strict);
    }

    /**
     * Tells whether the distribution is a release of RHEL (or of a distribution the RHEL image
     * definitions serve) older than a given one.
     *
     * @param wantedMajor the major version, such as 8
     * @param wantedMinor the first minor version that is new enough, such as 7
     * @return {@code true} only if the distribution uses the {@code rhel-<wantedMajor>} image
     *         definitions and names a lower minor version
     */
    public boolean isRhelOlderThan(int wantedMajor, int wantedMinor) {
        return imageType.distroDefinition().equals("rhel-" + wantedMajor) && minor != null && minor < wantedMinor;
    }

    /** Equal when the distribution as given, the image type and the revision of the image definitions are the same. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Target target && target.distro.equals(distro) && target.imageType.equals(imageType)
                && target.definitions == definitions;
    }

    @Override
    public int hashCode() {
        return Objects.hash(distro, imageType, definitions.revision());
    }

    /** Returns {@code distro/imageType}, such as {@code rhel-9.6/edge-raw-image}. */
    @Override
    public String toString() {
        return distro + "/" + imageType.name();
    }
}
