package io.github.blueprint4j.validation;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The image types the library knows, per distribution, with the blueprint options each supports
 * and requires: osbuild's image definitions, bundled as data in every revision the library
 * carries and read once, on first use. The static methods answer from the latest revision
 * ({@link #latest()}); {@link #revision(String)} selects an older one, for builds with an older
 * osbuild. Thread-safe.
 *
 * <pre>{@code
 * for (ImageType type : ImageTypes.forDistro("rhel-9.6")) {
 *     System.out.println(type.name() + " " + type.aliases() + " " + type.supportedOptions());
 * }
 * List<ImageType> before = ImageTypes.revision("1").forDistro("fedora-43");
 * }</pre>
 *
 * <p>Distributions are written as osbuild writes them: {@code rhel-9.6}, {@code rhel-9},
 * {@code rhel-96} (the legacy form), {@code centos-9}, {@code almalinux-9.5}, {@code rocky-9},
 * {@code ol-9}, {@code fedora-43}, {@code eln}, {@code bootc-generic}. The {@code rhel-N}
 * definitions serve CentOS, AlmaLinux, Rocky Linux and Oracle Linux too, without the image types
 * each hides.
 */
public final class ImageTypes {

    /** Options every image type supports. */
    static final Set<String> ALWAYS_SUPPORTED = Set.of("name", "version", "description");

    /** The revisions of the bundled data, oldest first; the last is the default. */
    private static final List<String> REVISIONS = List.of("1", "2");

    private ImageTypes() {
    }

    /**
     * Returns the revisions of the image definitions the library carries.
     *
     * @return {@code 1} (osbuild/images @ 1146ec23c) and {@code 2} (osbuild/image-builder @ a1f35083b), oldest first
     */
    public static List<String> revisions() {
        return REVISIONS;
    }

    /**
     * Returns the latest revision of the image definitions, the one every other method of this class answers from.
     *
     * @return the image definitions of revision {@code 2}
     */
    public static ImageDefinitions latest() {
        return Revisions.LATEST;
    }

    /**
     * Returns a revision of the image definitions.
     *
     * @param revision a revision of {@link #revisions()}, such as {@code 1} for builds with osbuild/images @ 1146ec23c
     * @return the image definitions of that revision
     * @throws UnknownTargetException if the library does not carry the revision; the message lists those it carries
     */
    public static ImageDefinitions revision(String revision) {
        ImageDefinitions definitions = revision == null ? null : Revisions.get(revision.strip());
        if (definitions == null) {
            throw new UnknownTargetException("Unknown image data revision \"" + revision + "\". Known revisions: "
                    + String.join(", ", REVISIONS) + " (the latest is the default).", REVISIONS);
        }
        return definitions;
    }

    /**
     * Returns the image types of a distribution in the latest revision; see {@link ImageDefinitions#forDistro(String)}.
     *
     * @param distro a distribution, such as {@code rhel-9.6} or {@code fedora-43}
     * @return the image types, in the order of the image definitions
     * @throws UnknownTargetException if the distribution is not known
     */
    public static List<ImageType> forDistro(String distro) {
        return latest().forDistro(distro);
    }

    /**
     * Returns the image definitions that serve a distribution in the latest revision.
     *
     * @param distro a distribution, such as {@code centos-9}
     * @return the definitions' name, such as {@code rhel-9}
     * @throws UnknownTargetException if the distribution is not known
     */
    public static String definitionOf(String distro) {
        return latest().definitionOf(distro);
    }

    /**
     * Returns the names of the image definitions of the latest revision.
     *
     * @return {@code rhel-10}, {@code rhel-9}, {@code rhel-8}, {@code rhel-7}, {@code fedora},
     *         {@code eln-11}, {@code bootc-generic}
     */
    public static List<String> distroDefinitions() {
        return latest().distroDefinitions();
    }

    /**
     * Returns a distribution for each image definition of the latest revision, as a user would write it.
     *
     * @return distributions such as {@code rhel-9} and {@code fedora}, one per definition
     */
    public static List<String> exampleDistros() {
        return latest().exampleDistros();
    }

    /**
     * Returns the option paths the latest image definitions declare support for, in the specification's order.
     *
     * @return every option of the support matrix, from {@code distro} to {@code customizations.iso}
     */
    public static List<String> options() {
        return latest().options();
    }

    /**
     * Returns where the latest data comes from.
     *
     * @return the upstream repository and revision of the image definitions
     */
    public static String upstream() {
        return latest().upstream();
    }

    /**
     * Returns what the Blueprint Reference documents say about image types, each with what the
     * latest image definitions declare.
     *
     * @return the statements, in the specification's order
     */
    public static List<Statement> documentedStatements() {
        return latest().documentedStatements();
    }

    /**
     * A statement of the Blueprint Reference documents about the image types a customization
     * applies to, next to what osbuild's image definitions declare.
     *
     * @param customization the option the statement is about, such as {@code customizations.fips}
     * @param imageTypes    the image types it names, as the documents name them
     * @param statement     what the documents state
     * @param source        which documents state it
     * @param imagesHead    what the image definitions declare instead
     * @param rule          the rule id that reports it, or {@code null}
     * @param appliesTo     the image types (by name) the rule applies to; empty when there is no rule
     */
    public record Statement(String customization, String imageTypes, String statement, String source,
                            String imagesHead, String rule, List<String> appliesTo) {

        /**
         * Copies the list.
         *
         * @param customization the option
         * @param imageTypes    the image types, as written
         * @param statement     the statement
         * @param source        the documents
         * @param imagesHead    what the image definitions declare
         * @param rule          the rule id, or {@code null}
         * @param appliesTo     the image types the rule applies to
         */
        public Statement {
            appliesTo = List.copyOf(appliesTo);
        }
    }

    /** The bundled revisions, each read on its first use. */
    private static final class Revisions {
        static final ConcurrentMap<String, ImageDefinitions> BY_NAME = new ConcurrentHashMap<>();
        static final ImageDefinitions LATEST = get(REVISIONS.get(REVISIONS.size() - 1));

        static ImageDefinitions get(String revision) {
            return REVISIONS.contains(revision)
                    ? BY_NAME.computeIfAbsent(revision, r -> new ImageDefinitions("image-types-" + r + ".json")) : null;
        }
    }
}
