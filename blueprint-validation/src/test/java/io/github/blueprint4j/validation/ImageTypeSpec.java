package io.github.blueprint4j.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tables of one revision of the specification's {@code image-type-support.md}, parsed: the
 * statements of section 2, the groups and image types of section 3, the support matrix of
 * section 4, the Oracle Linux paragraph of section 7, and the OpenSCAP allow-lists of
 * {@code validation-rules.md} Appendix C. The generator of the bundled data and the tests
 * that compare the library with the specification read the specification through this class.
 */
final class ImageTypeSpec {

    private static final Pattern DEFINITION = Pattern.compile("\\*\\*([^*]+?)(?: \\([^)]*\\))?\\*\\*:\\s*(.*)");
    private static final Pattern TYPE = Pattern.compile("([^ (]+)(?: \\(([^)]*)\\))?");
    private static final Pattern SOURCE = Pattern.compile("([A-Z][A-Z-]*) = `([^`]+)` @ `([0-9a-f]+)`");
    private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");

    /** A group of section 3: its cells. */
    record Group(String id, boolean ostree, List<String> required, String modes) {
    }

    /** An image type of section 3. */
    record Type(String name, List<String> aliases, String group) {
    }

    /** The Oracle Linux paragraph of section 7: the distributions and the image types hidden for them. */
    record Oracle(List<String> distros, List<String> hidden) {
    }

    final String upstream;
    final Map<String, Group> groups = new LinkedHashMap<>();
    /** definition -> image type name -> image type. */
    final Map<String, Map<String, Type>> definitions = new LinkedHashMap<>();
    /** group -> option -> cell ({@code Y}, {@code –}, {@code part}). */
    final Map<String, Map<String, String>> matrix = new LinkedHashMap<>();
    final List<String> options = new ArrayList<>();
    /** Rows of section 2: number, customization, image types, statement, source, what upstream declares. */
    final List<List<String>> statements = new ArrayList<>();
    /** Appendix C: row label -> profile suffixes. */
    final Map<String, List<String>> openScapRows = new LinkedHashMap<>();
    final String openScapPrefix;
    /** The Oracle Linux paragraph, or {@code null} when the revision has none. */
    final Oracle oracle;

    /**
     * Parses a revision.
     *
     * @param imageTypeSupport the text of {@code image-type-support.md} of the revision
     * @param validationRules  the text of {@code validation-rules.md}
     */
    ImageTypeSpec(String imageTypeSupport, String validationRules) {
        String[] sections = imageTypeSupport.split("(?m)^## ");
        upstream = upstream(sections[0], sections[4]);
        parseStatements(sections[2]);
        parseGroups(sections[3]);
        parseMatrix(sections[4]);
        oracle = oracle(sections[7]);
        String appendix = validationRules.split("## Appendix C")[1].split("## Appendix D")[0];
        Matcher prefix = BACKTICKED.matcher(appendix.substring(appendix.indexOf("prefix")));
        openScapPrefix = prefix.find() ? prefix.group(1) : null;
        for (String line : appendix.split("\n")) {
            if (line.startsWith("| ") && !line.startsWith("| Distributions")) {
                List<String> cells = cells(line);
                openScapRows.put(cells.get(0), backticked(cells.get(1)));
            }
        }
    }

    /** The image types of every definition. */
    int imageTypeCount() {
        return definitions.values().stream().mapToInt(Map::size).sum();
    }

    /** The source the support matrix names in its heading, as {@code owner/repo @ commit}. */
    private static String upstream(String preamble, String matrixSection) {
        String label = matrixSection.substring(matrixSection.indexOf('(') + 1, matrixSection.indexOf(')')).replace(" HEAD", "");
        Matcher m = SOURCE.matcher(preamble.replaceAll("\\s+", " "));
        while (m.find()) {
            if (m.group(1).equals(label)) {
                return m.group(2) + " @ " + m.group(3);
            }
        }
        throw new IllegalArgumentException("The specification does not say which revision " + label + " is");
    }

    private void parseStatements(String section) {
        for (String line : section.split("\n")) {
            if (line.matches("\\| \\d+ \\|.*")) {
                statements.add(cells(line).subList(0, 6));
            }
        }
    }

    private void parseGroups(String section) {
        for (String line : section.split("\n")) {
            if (!line.startsWith("| ") || line.startsWith("| Group")) {
                continue;
            }
            List<String> cells = cells(line);
            String id = cells.get(0);
            List<String> required = cells.get(3).equals("—") ? List.of()
                    : Arrays.stream(cells.get(3).split(",")).map(String::strip).toList();
            groups.put(id, new Group(id, cells.get(2).equals("yes"), required, cells.get(4)));
            for (String part : cells.get(1).split(";\\s*(?=\\*\\*)")) {
                Matcher m = DEFINITION.matcher(part.strip());
                if (!m.matches()) {
                    throw new IllegalArgumentException("Not a definition's image types: " + part);
                }
                Map<String, Type> types = definitions.computeIfAbsent(m.group(1), k -> new LinkedHashMap<>());
                for (String item : m.group(2).split(",\\s*(?![^(]*\\))")) {
                    Matcher type = TYPE.matcher(item.strip());
                    if (!type.matches()) {
                        throw new IllegalArgumentException("Not an image type: " + item);
                    }
                    List<String> aliases = type.group(2) == null ? List.of()
                            : Arrays.stream(type.group(2).split(",")).map(String::strip).toList();
                    types.put(type.group(1), new Type(type.group(1), aliases, id));
                }
            }
        }
    }

    private void parseMatrix(String section) {
        List<String> columns = List.of();
        Set<String> rows = new LinkedHashSet<>();
        for (String line : section.split("\n")) {
            if (line.startsWith("| Option path")) {
                List<String> header = cells(line);
                columns = header.subList(1, header.size());
                continue;
            }
            if (!line.startsWith("| `")) {
                continue;
            }
            List<String> cells = cells(line);
            String option = cells.get(0).replace("`", "");
            rows.add(option);
            for (int i = 0; i < columns.size(); i++) {
                matrix.computeIfAbsent(columns.get(i), k -> new LinkedHashMap<>()).put(option, cells.get(i + 1));
            }
        }
        options.addAll(rows);
    }

    private static Oracle oracle(String section) {
        int start = section.indexOf("Oracle Linux:");
        if (start < 0) {
            return null;
        }
        String paragraph = section.substring(start).split("\n\n")[0].replaceAll("\\s+", " ");
        List<String> distros = new ArrayList<>();
        for (String name : backticked(paragraph.substring(0, paragraph.indexOf(" except ")))) {
            if (name.matches("ol-[0-9]+")) {
                distros.add(name);
            }
        }
        List<String> hidden = backticked(paragraph.substring(paragraph.indexOf(" except ")));
        return new Oracle(distros, hidden);
    }

    /** The modes of a group's cell for an image type: O6 distinguishes Fedora and RHEL types; empty is any mode. */
    List<String> modes(String group, String definition) {
        String cell = groups.get(group).modes;
        if (cell.startsWith("Fedora types:")) {
            cell = definition.equals("fedora") ? cell.substring("Fedora types:".length()).split(";")[0] : "";
        }
        List<String> modes = new ArrayList<>();
        for (String mode : cell.split(",")) {
            if (!mode.isBlank()) {
                modes.add(mode.strip().replace("\"", ""));
            }
        }
        return modes;
    }

    /** The options a group lists: the {@code Y} cells, without sub-keys whose option is listed whole. */
    List<String> supported(String group) {
        List<String> supported = new ArrayList<>();
        for (Map.Entry<String, String> cell : matrix.get(group).entrySet()) {
            String option = cell.getKey();
            int dot = option.lastIndexOf('.');
            String parent = dot < 0 ? null : option.substring(0, dot);
            boolean parentListed = parent != null && "Y".equals(matrix.get(group).get(parent));
            if (cell.getValue().equals("Y") && !parentListed) {
                supported.add(option);
            }
        }
        return supported;
    }

    static List<String> cells(String line) {
        String trimmed = line.strip();
        return Arrays.stream(trimmed.substring(1, trimmed.length() - 1).split("\\|")).map(String::strip).toList();
    }

    static List<String> backticked(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = BACKTICKED.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
