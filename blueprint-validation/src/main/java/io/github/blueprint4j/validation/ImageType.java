package io.github.blueprint4j.validation;

import java.util.List;
import java.util.Objects;

/**
 * An image type of a distribution, as osbuild's image definitions declare it: its name and
 * aliases, whether it deploys an ostree commit, and which blueprint options it supports and
 * requires. Immutable; get one from {@link ImageTypes#forDistro(String)} or {@link Target#imageType()}.
 *
 * <p>Options are dotted key paths of the blueprint format: {@code packages},
 * {@code customizations.user}, {@code customizations.kernel.append}. An option with a sub-key
 * supports only that sub-key; {@code name}, {@code version} and {@code description} are always
 * supported and {@code architecture} never is.
 */
public final class ImageType {

    private final String name;
    private final List<String> aliases;
    private final String distroDefinition;
    private final String group;
    private final String description;
    private final boolean ostree;
    private final List<String> supportedOptions;
    private final List<String> requiredOptions;
    private final List<String> partitioningModes;
    private final String filesystemPolicy;

    ImageType(String name, List<String> aliases, String distroDefinition, String group, String description,
              boolean ostree, List<String> supportedOptions, List<String> requiredOptions, List<String> partitioningModes,
              String filesystemPolicy) {
        this.name = name;
        this.aliases = List.copyOf(aliases);
        this.distroDefinition = distroDefinition;
        this.group = group;
        this.description = description;
        this.ostree = ostree;
        this.supportedOptions = List.copyOf(supportedOptions);
        this.requiredOptions = List.copyOf(requiredOptions);
        this.partitioningModes = List.copyOf(partitioningModes);
        this.filesystemPolicy = filesystemPolicy;
    }

    /**
     * Returns the image type's name.
     *
     * @return the name, such as {@code qcow2} or {@code edge-raw-image}
     */
    public String name() {
        return name;
    }

    /**
     * Returns the other names the image type is known by.
     *
     * @return the aliases, such as {@code guest-image} for {@code qcow2}; may be empty
     */
    public List<String> aliases() {
        return aliases;
    }

    /**
     * Returns the image definitions the image type belongs to.
     *
     * @return {@code rhel-10}, {@code rhel-9}, {@code rhel-8}, {@code rhel-7}, {@code fedora},
     *         {@code eln-11} or {@code bootc-generic}
     */
    public String distroDefinition() {
        return distroDefinition;
    }

    /**
     * Returns the group of image types with the same option lists, as the specification names it.
     *
     * @return the group, such as {@code D1} (disk and cloud images) or {@code O7} (simplified installer)
     */
    public String group() {
        return group;
    }

    /**
     * Returns what kind of image the type produces, in words.
     *
     * @return the description of its group, such as {@code disk and cloud images}
     */
    public String description() {
        return description;
    }

    /**
     * Tells whether the image type builds or deploys an ostree commit; such types use the ostree
     * path policies for custom files and directories.
     *
     * @return {@code true} for ostree-based types
     */
    public boolean isOstree() {
        return ostree;
    }

    /**
     * Tells whether the image type is built from a bootc container.
     *
     * @return {@code true} for the {@code bootc-generic} image types
     */
    public boolean isBootc() {
        return distroDefinition.equals("bootc-generic");
    }

    /**
     * Returns the options the image type lists as supported.
     *
     * @return option paths; {@code name}, {@code version} and {@code description} are supported too
     */
    public List<String> supportedOptions() {
        return supportedOptions;
    }

    /**
     * Returns the options the image type requires.
     *
     * @return option paths, such as {@code customizations.installation_device}; usually empty
     */
    public List<String> requiredOptions() {
        return requiredOptions;
    }

    /**
     * Returns the partitioning modes the image type accepts.
     *
     * @return the modes ({@code ""} stands for no mode given), or an empty list when any mode is accepted
     */
    public List<String> partitioningModes() {
        return partitioningModes;
    }

    /**
     * Tells whether the image type honours an option.
     *
     * @param option a dotted option path, such as {@code customizations.kernel.append}
     * @return {@code true} if the option, or an option that contains it, is supported
     */
    public boolean supports(String option) {
        if (ImageTypes.ALWAYS_SUPPORTED.contains(option)) {
            return true;
        }
        for (String supported : supportedOptions) {
            if (option.equals(supported) || option.startsWith(supported + ".")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tells whether the image type supports some sub-keys of an option, but not all of it.
     *
     * @param option a dotted option path, such as {@code customizations.kernel}
     * @return {@code true} if only sub-keys are listed
     */
    public boolean supportsPartly(String option) {
        if (supports(option)) {
            return false;
        }
        for (String supported : supportedOptions) {
            if (supported.startsWith(option + ".")) {
                return true;
            }
        }
        return false;
    }

    /** The bundled mountpoint table this type applies to filesystem customizations, or {@code null}. */
    String filesystemPolicy() {
        return filesystemPolicy;
    }

    /** Two image types are equal when they have the same name in the same image definitions. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ImageType type && type.name.equals(name) && type.distroDefinition.equals(distroDefinition);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, distroDefinition);
    }

    /** Returns the name. */
    @Override
    public String toString() {
        return name;
    }
}
