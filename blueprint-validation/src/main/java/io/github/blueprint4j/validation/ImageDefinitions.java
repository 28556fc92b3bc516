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
 * One revision of the bundled image definitions: the distributions, their image types, and the
 * blueprint options each image type supports and requires, as an upstream revision of
 * osbuild's image definitions declares them. Get one from {@link ImageTypes#latest()} or
 * {@link ImageTypes#revision(String)}; immutable and thread-safe.
 *
 * <pre>{@code
 * ImageDefinitions older = ImageTypes.revision("1");          // osbuild/images @ 1146ec23c
 * Target target = older.target("fedora-43", "iot-bootable-container");
 * }</pre>
 *
 * <p>Distributions are written as osbuild writes them: {@code rhel-9.6}, {@code rhel-9},
 * {@code rhel-96} (the legacy form), {@code centos-9}, {@code almalinux-9.5}, {@code rocky-9},
 * {@code ol-9} (revision 2), {@code fedora-43}, {@code eln}, {@code bootc-generic}. The
 * {@code rhel-N} definitions serve CentOS, AlmaLinux, Rocky Linux and Oracle Linux too, each
 * without the image types it hides.
 */
public final class ImageDefinitions {

    private static final Pattern DISTRO = Pattern.compile("([a-z][a-z0-9_]*(?:-[a-z][a-z0-9_]*)*)(?:-([0-9]+)(?:\\.([0-9]+))?)?");

    private final String revision;
    private final String upstream;
    private final String profilePrefix;
    private final List<String> options;
    private final Map<String, Definition> definitions = new LinkedHashMap<>();
    private final List<ImageTypes.Statement> statements;

    /** Reads the bundled data of a revision. */
    ImageDefinitions(String resource) {
        Map<String, Object> data = JsonResource.object(ImageDefinitions.class, resource);
        revision = (String) data.get("revision");
        upstream = (String) data.get("upstream");
        profilePrefix = (String) data.get("openscap_profile_prefix");
        options = strings(data.get("options"));
        Map<String, Object> groups = map(data.get("groups"));
        for (Object entry : (List<?>) data.get("definitions")) {
            Definition definition = definition(map(entry), groups);
            definitions.put(definition.id, definition);
        }
        List<ImageTypes.Statement> read = new ArrayList<>();
        for (Object entry : (List<?>) data.get("seed_statements")) {
            Map<String, Object> s = map(entry);
            read.add(new ImageTypes.Statement((String) s.get("customization"), (String) s.get("image_types"),
                    (String) s.get("statement"), (String) s.get("source"), (String) s.get("images_head"),
                    (String) s.get("rule"), strings(s.get("applies_to"))));
        }
        statements = List.copyOf(read);
    }

    /**
     * Returns the revision of the bundled data.
     *
     * @return {@code 1} (osbuild/images @ 1146ec23c) or {@code 2} (osbuild/image-builder @ a1f35083b)
     */
    public String revision() {
        return revision;
    }

    /**
     * Returns where the data comes from.
     *
     * @return the upstream repository and revision, such as {@code osbuild/image-builder @ a1f35083b}
     */
    public String upstream() {
        return upstream;
    }

    /**
     * Returns the image types of a distribution, without those it hides (RHEL-only types for
     * other distributions, types that need a newer minor release).
     *
     * @param distro a distribution, such as {@code rhel-9.6} or {@code fedora-43}
     * @return the image types, in the order of the image definitions
     * @throws UnknownTargetException if the distribution is not known
     */
    public List<ImageType> forDistro(String distro) {
        Distro resolved = resolve(distro);
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
    public String definitionOf(String distro) {
        return resolve(distro).definition.id;
    }

    /**
     * Returns the names of the image definitions.
     *
     * @return {@code rhel-10}, {@code rhel-9}, {@code rhel-8}, {@code rhel-7}, {@code fedora},
     *         {@code eln-11}, {@code bootc-generic}
     */
    public List<String> distroDefinitions() {
        return List.copyOf(definitions.keySet());
    }

    /**
     * Returns a distribution for each image definition, as a user would write it.
     *
     * @return distributions such as {@code rhel-9} and {@code fedora}, one per definition
     */
    public List<String> exampleDistros() {
        List<String> examples = new ArrayList<>();
        for (Definition definition : definitions.values()) {
            examples.add(definition.families.get(0).names.get(0) + (definition.major == null ? "" : "-" + definition.major));
        }
        return examples;
    }

    /**
     * Returns every distribution name with the major versions it is served for, as a user would
     * write it without a minor version.
     *
     * @return names such as {@code rhel-9}, {@code centos-9}, {@code ol-9}, {@code fedora}, {@code eln}
     */
    public List<String> distributions() {
        List<String> names = new ArrayList<>();
        for (Definition definition : definitions.values()) {
            for (Family family : definition.families) {
                for (String name : family.names) {
                    names.add(name + (definition.major == null ? "" : "-" + definition.major));
                }
            }
        }
        return names;
    }

    /**
     * Returns the option paths the image definitions declare support for, in the specification's order.
     *
     * @return every option of the support matrix, from {@code distro} to {@code customizations.iso}
     */
    public List<String> options() {
        return options;
    }

    /**
     * Returns what the Blueprint Reference documents say about image types, each with what
     * osbuild's image definitions declare.
     *
     * @return the statements, in the specification's order
     */
    public List<ImageTypes.Statement> documentedStatements() {
        return statements;
    }

    /**
     * Resolves a distribution and an image type.
     *
     * @param distro    the distribution as written
     * @param imageType the image type or one of its aliases
     * @return the target
     * @throws UnknownTargetException if either is unknown, or the distribution hides the image
     *                                type; the message lists the known names, closest first
     */
    public Target target(String distro, String imageType) {
        Distro resolved = resolve(distro);
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
        return new Target(distro, resolved.name, resolved.major, resolved.minor, type, resolved.family.openScapProfiles,
                profilePrefix, this);
    }

    /** Returns {@code revision N (upstream)}. */
    @Override
    public String toString() {
        return "revision " + revision + " (" + upstream + ")";
    }

    private Distro resolve(String distro) {
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
            for (Definition definition : definitions.values()) {
                boolean versionMatches = definition.major == null || definition.major.equals(major);
                for (Family family : definition.families) {
                    if (family.names.contains(name) && versionMatches) {
                        return new Distro(name, major, minor, definition, family);
                    }
                }
            }
        }
        List<String> suggestions = Suggestions.closestFirst(written, exampleDistros());
        Set<String> otherNames = new LinkedHashSet<>();
        for (Definition definition : definitions.values()) {
            definition.families.forEach(family -> otherNames.addAll(family.names));
        }
        suggestions.forEach(example -> otherNames.remove(example.replaceAll("-[0-9]+$", "")));
        throw new UnknownTargetException("Unknown distribution \"" + distro + "\". Known distributions, closest first: "
                + Suggestions.listed(suggestions) + " (also " + String.join(", ", otherNames) + " with the major versions of"
                + " their image definitions, minor releases such as rhel-9.6, and any fedora release).", suggestions);
    }

    private static Integer parse(String digits) {
        return digits.length() > 6 ? Integer.MAX_VALUE : Integer.valueOf(digits);
    }

    private static Definition definition(Map<String, Object> entry, Map<String, Object> groups) {
        String id = (String) entry.get("definition");
        Map<String, ImageType> types = new LinkedHashMap<>();
        Map<String, ImageType> aliases = new LinkedHashMap<>();
        for (Object t : (List<?>) entry.get("image_types")) {
            Map<String, Object> type = map(t);
            Map<String, Object> group = map(groups.get((String) type.get("group")));
            ImageType imageType = new ImageType((String) type.get("name"), strings(type.get("aliases")), id,
                    (String) type.get("group"), (String) group.get("description"), (Boolean) group.get("ostree"),
                    strings(group.get("supported")), strings(group.get("required")), strings(type.get("partitioning_modes")),
                    (String) group.get("filesystem_policy"));
            types.put(imageType.name(), imageType);
            imageType.aliases().forEach(alias -> aliases.put(alias, imageType));
        }
        List<Family> families = new ArrayList<>();
        for (Object d : (List<?>) entry.get("distributions")) {
            Map<String, Object> family = map(d);
            List<Condition> conditions = new ArrayList<>();
            for (Object c : (List<?>) family.get("conditions")) {
                Map<String, Object> condition = map(c);
                conditions.add(new Condition((String) condition.get("exists_only_for"),
                        (String) condition.get("version_less_than"), strings(condition.get("hide"))));
            }
            families.add(new Family(strings(family.get("names")), strings(family.get("openscap_profiles")), conditions));
        }
        Long major = (Long) entry.get("major");
        return new Definition(id, major == null ? null : major.intValue(), families, types, aliases);
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

    /** A distribution as written, resolved to its image definitions and the family of names it belongs to. */
    private record Distro(String name, Integer major, Integer minor, Definition definition, Family family) {

        /** Why the distribution hides an image type of its definitions, or {@code null} if it does not. */
        String hiddenBecause(String type) {
            for (Condition condition : family.conditions) {
                if (!condition.hide.contains(type)) {
                    continue;
                }
                if (condition.versionLessThan == null) {
                    return condition.existsOnlyFor != null ? "it exists only for the distribution name " + condition.existsOnlyFor
                            : "the " + definition.id + " definitions hide it for " + name;
                }
                if (minor != null && major != null && compare(major, minor, condition.versionLessThan) < 0) {
                    return "it needs " + name + "-" + condition.versionLessThan + " or newer";
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

    /** One image definition: its image types and the families of distribution names it serves. */
    private record Definition(String id, Integer major, List<Family> families, Map<String, ImageType> types,
                              Map<String, ImageType> aliases) {
    }

    /** Distribution names served alike: the same OpenSCAP profiles and the same hidden image types. */
    private record Family(List<String> names, List<String> openScapProfiles, List<Condition> conditions) {
    }

    /** Image types a family hides, always or before a release. */
    private record Condition(String existsOnlyFor, String versionLessThan, List<String> hide) {
    }
}
