package io.github.blueprint4j.validation;

import io.github.blueprint4j.validation.internal.JsonResource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The image types the library knows, per distribution, with the blueprint options each supports
 * and requires: the image definitions of osbuild/images (see {@link #upstream()}), bundled as data
 * and read once, on first use. Thread-safe.
 *
 * <pre>{@code
 * for (ImageType type : ImageTypes.forDistro("rhel-9.6")) {
 *     System.out.println(type.name() + " " + type.aliases() + " " + type.supportedOptions());
 * }
 * }</pre>
 *
 * <p>Distributions are written as osbuild writes them: {@code rhel-9.6}, {@code rhel-9},
 * {@code rhel-96} (the legacy form), {@code centos-9}, {@code almalinux-9.5}, {@code rocky-9},
 * {@code fedora-43}, {@code eln}, {@code bootc-generic}. The {@code rhel-N} definitions serve
 * CentOS, AlmaLinux and Rocky Linux too, without the RHEL-only image types.
 */
public final class ImageTypes {

    /** Options every image type supports. */
    static final Set<String> ALWAYS_SUPPORTED = Set.of("name", "version", "description");

    private static final Pattern DISTRO = Pattern.compile("([a-z][a-z0-9_]*(?:-[a-z][a-z0-9_]*)*)(?:-([0-9]+)(?:\\.([0-9]+))?)?");

    private ImageTypes() {
    }

    /**
     * Returns the image types of a distribution, without those it hides (RHEL-only types for
     * other distributions, types that need a newer minor release).
     *
     * @param distro a distribution, such as {@code rhel-9.6} or {@code fedora-43}
     * @return the image types, in the order of the image definitions
     * @throws UnknownTargetException if the distribution is not known
     */
    public static List<ImageType> forDistro(String distro) {
        Distro resolved = Catalog.resolve(distro);
        List<ImageType> visible = new ArrayList<>();
        for (ImageType type : resolved.definition.types.values()) {
            if (resolved.hiddenBecause(type.name()) == null) {
                visible.add(type);
            }
        }
        return List.copyOf(visible);
    }

    /**
     * Returns the image definitions that serve a distribution.
     *
     * @param distro a distribution, such as {@code centos-9}
     * @return the definitions' name, such as {@code rhel-9}
     * @throws UnknownTargetException if the distribution is not known
     */
    public static String definitionOf(String distro) {
        return Catalog.resolve(distro).definition.id;
    }

    /**
     * Returns the names of the bundled image definitions.
     *
     * @return {@code rhel-10}, {@code rhel-9}, {@code rhel-8}, {@code rhel-7}, {@code fedora},
     *         {@code eln-11}, {@code bootc-generic}
     */
    public static List<String> distroDefinitions() {
        return List.copyOf(Catalog.DEFINITIONS.keySet());
    }

    /**
     * Returns a distribution for each bundled image definition, as a user would write it.
     *
     * @return distributions such as {@code rhel-9} and {@code fedora}, one per definition
     */
    public static List<String> exampleDistros() {
        List<String> examples = new ArrayList<>();
        for (Definition definition : Catalog.DEFINITIONS.values()) {
            examples.add(definition.names.get(0) + (definition.major == null ? "" : "-" + definition.major));
        }
        return examples;
    }

    /**
     * Returns the option paths the image definitions declare support for, in the specification's order.
     *
     * @return every option of the support matrix, from {@code distro} to {@code customizations.iso}
     */
    public static List<String> options() {
        return Catalog.OPTIONS;
    }

    /**
     * Returns where the data comes from.
     *
     * @return the upstream repository and revision of the image definitions
     */
    public static String upstream() {
        return Catalog.UPSTREAM;
    }

    /**
     * Resolves a distribution and an image type, for {@link Target#of(String, String)}.
     *
     * @param distro    the distribution as written
     * @param imageType the image type or one of its aliases
     * @return the target
     */
    static Target target(String distro, String imageType) {
        Distro resolved = Catalog.resolve(distro);
        String wanted = imageType == null ? "" : imageType.strip().toLowerCase(Locale.ROOT);
        ImageType type = resolved.definition.types.get(wanted);
        if (type == null) {
            type = resolved.definition.aliases.get(wanted);
        }
        String hidden = type == null ? null : resolved.hiddenBecause(type.name());
        if (type == null || hidden != null) {
            List<String> known = new ArrayList<>();
            for (ImageType visible : forDistro(distro)) {
                known.add(visible.name());
                known.addAll(visible.aliases());
            }
            List<String> suggestions = Suggestions.closestFirst(wanted, known);
            String why = hidden != null ? "Image type \"" + imageType + "\" is not available for " + distro + ": " + hidden + "."
                    : "Unknown image type \"" + imageType + "\" for " + distro + ".";
            throw new UnknownTargetException(why + " Known image types, closest first: " + Suggestions.listed(suggestions) + ".",
                    suggestions);
        }
        return new Target(distro, resolved.name, resolved.major, resolved.minor, type,
                resolved.definition.openScapProfiles, Catalog.PROFILE_PREFIX);
    }

    /**
     * Returns what the Blueprint Reference documents say about image types, each with what
     * osbuild's image definitions declare today.
     *
     * @return the statements, in the specification's order
     */
    public static List<Statement> documentedStatements() {
        return Catalog.STATEMENTS;
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

    /** A distribution as written, resolved to its image definitions. */
    private record Distro(String name, Integer major, Integer minor, Definition definition) {

        /** Why the distribution hides an image type of its definitions, or {@code null} if it does not. */
        String hiddenBecause(String type) {
            for (Condition condition : definition.conditions) {
                if (!condition.hide.contains(type)) {
                    continue;
                }
                if (condition.notDistroName != null && !condition.notDistroName.equals(name)) {
                    return "it exists only for the distribution name " + condition.notDistroName;
                }
                if (condition.versionLessThan != null && minor != null && major != null
                        && compare(major, minor, condition.versionLessThan) < 0) {
                    return "it needs " + definition.names.get(0) + "-" + condition.versionLessThan + " or newer";
                }
            }
            return null;
        }

        private static int compare(int major, int minor, String version) {
            String[] parts = version.split("\\.");
            int byMajor = Integer.compare(major, Integer.parseInt(parts[0]));
            return byMajor != 0 ? byMajor : Integer.compare(minor, Integer.parseInt(parts[1]));
        }
    }

    /** One image definition: the distribution names it serves and its image types. */
    private record Definition(String id, List<String> names, Integer major, List<String> openScapProfiles,
                              List<Condition> conditions, Map<String, ImageType> types, Map<String, ImageType> aliases) {
    }

    /** Image types a definition hides for some distribution names or releases. */
    private record Condition(String notDistroName, String versionLessThan, List<String> hide) {
    }

    /** The bundled data, read on first use. */
    private static final class Catalog {
        static final String UPSTREAM;
        static final String PROFILE_PREFIX;
        static final List<String> OPTIONS;
        static final Map<String, Definition> DEFINITIONS = new LinkedHashMap<>();
        static final List<Statement> STATEMENTS;

        static {
            Map<String, Object> data = JsonResource.object(ImageTypes.class, "image-types.json");
            UPSTREAM = (String) data.get("upstream");
            PROFILE_PREFIX = (String) data.get("openscap_profile_prefix");
            OPTIONS = strings(data.get("options"));
            Map<String, Object> groups = map(data.get("groups"));
            Map<String, Object> allowlists = map(data.get("openscap_allowlists"));
            for (Object entry : (List<?>) data.get("distros")) {
                Definition definition = definition(map(entry), groups, allowlists);
                DEFINITIONS.put(definition.id, definition);
            }
            List<Statement> statements = new ArrayList<>();
            for (Object entry : (List<?>) data.get("seed_statements")) {
                Map<String, Object> s = map(entry);
                statements.add(new Statement((String) s.get("customization"), (String) s.get("image_types"),
                        (String) s.get("statement"), (String) s.get("source"), (String) s.get("images_head"),
                        (String) s.get("rule"), strings(s.get("applies_to"))));
            }
            STATEMENTS = List.copyOf(statements);
        }

        private static Definition definition(Map<String, Object> entry, Map<String, Object> groups, Map<String, Object> allowlists) {
            String id = (String) entry.get("definition");
            List<Condition> conditions = new ArrayList<>();
            if (entry.get("conditions") != null) {
                for (Object c : (List<?>) entry.get("conditions")) {
                    Map<String, Object> condition = map(c);
                    conditions.add(new Condition((String) condition.get("not_distro_name"),
                            (String) condition.get("version_less_than"), strings(condition.get("hide"))));
                }
            }
            Map<String, ImageType> types = new LinkedHashMap<>();
            Map<String, ImageType> aliases = new LinkedHashMap<>();
            for (Object t : (List<?>) entry.get("image_types")) {
                Map<String, Object> type = map(t);
                Map<String, Object> group = map(groups.get((String) type.get("group")));
                List<String> modes = Boolean.TRUE.equals(type.get("any_partitioning_mode")) || group.get("partitioning_modes") == null
                        ? List.of() : strings(group.get("partitioning_modes"));
                ImageType imageType = new ImageType((String) type.get("name"), strings(type.get("aliases")), id,
                        (String) type.get("group"), (String) group.get("description"), (Boolean) group.get("ostree"),
                        strings(group.get("supported")), strings(group.get("required")), modes,
                        (String) group.get("filesystem_policy"));
                types.put(imageType.name(), imageType);
                imageType.aliases().forEach(alias -> aliases.put(alias, imageType));
            }
            Long major = (Long) entry.get("major");
            return new Definition(id, strings(entry.get("names")), major == null ? null : major.intValue(),
                    strings(allowlists.get((String) entry.get("openscap_allowlist"))), conditions, types, aliases);
        }

        static Distro resolve(String distro) {
            String written = distro == null ? "" : distro.strip().toLowerCase(Locale.ROOT);
            Matcher m = DISTRO.matcher(written);
            if (m.matches()) {
                String name = m.group(1);
                Integer major = m.group(2) == null ? null : parse(m.group(2));
                Integer minor = m.group(3) == null ? null : parse(m.group(3));
                if (name.equals("rhel") && minor == null && m.group(2) != null && m.group(2).length() > 1
                        && (m.group(2).charAt(0) == '8' || m.group(2).charAt(0) == '9')) {
                    // the legacy spelling without a dot: rhel-96 is rhel-9.6, rhel-810 is rhel-8.10
                    major = m.group(2).charAt(0) - '0';
                    minor = parse(m.group(2).substring(1));
                }
                for (Definition definition : DEFINITIONS.values()) {
                    boolean versionMatches = definition.major == null || definition.major.equals(major);
                    if (definition.names.contains(name) && versionMatches) {
                        return new Distro(name, major, minor, definition);
                    }
                }
            }
            List<String> suggestions = Suggestions.closestFirst(written, exampleDistros());
            throw new UnknownTargetException("Unknown distribution \"" + distro + "\". Known distributions, closest first: "
                    + Suggestions.listed(suggestions) + " (also centos, almalinux and rocky with the RHEL major versions,"
                    + " minor releases such as rhel-9.6, and any fedora release).", suggestions);
        }

        private static Integer parse(String digits) {
            return digits.length() > 6 ? Integer.MAX_VALUE : Integer.valueOf(digits);
        }

        @SuppressWarnings("unchecked")
        private static Map<String, Object> map(Object value) {
            return (Map<String, Object>) value;
        }

        private static List<String> strings(Object value) {
            List<String> out = new ArrayList<>();
            if (value != null) {
                for (Object item : (List<?>) value) {
                    out.add((String) item);
                }
            }
            return List.copyOf(new LinkedHashSet<>(out));
        }
    }
}
