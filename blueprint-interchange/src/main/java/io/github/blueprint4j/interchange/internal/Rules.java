package io.github.blueprint4j.interchange.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the keys of one kind of object map between the classic shape and a target shape: the one
 * table of key names for both directions (a rename written once serves both). Keys with no rule
 * are reported as dropped, never passed through.
 */
public final class Rules {

    /** Converts one value in one direction. */
    @FunctionalInterface
    public interface Step {
        /**
         * Converts the value found under a key of the source object.
         *
         * @param value      the value
         * @param out        the target object to write into
         * @param sourcePath the value's path in the source
         * @param targetBase the path of {@code out} in the target
         * @param report     the report
         */
        void apply(JsonNode value, ObjectNode out, String sourcePath, String targetBase, Report report);
    }

    private sealed interface Rule permits Copy, Nested, Drop, Custom {
    }

    private record Copy(String classicKey, String targetKey) implements Rule {
    }

    private record Nested(String classicKey, String targetKey, Rules child, boolean list) implements Rule {
    }

    private record Drop(String key, String why) implements Rule {
    }

    /** A key converted by code; the key on the other side is null when this direction has no counterpart key. */
    private record Custom(Step step, String classicKey, String targetKey, Rules child) implements Rule {
    }

    private final Map<String, Rule> forward = new LinkedHashMap<>();
    private final Map<String, Rule> reverse = new LinkedHashMap<>();
    private final List<String> required = new ArrayList<>();
    private final Map<String, Set<String>> allowed = new LinkedHashMap<>();
    private final Map<String, Integer> maxItems = new LinkedHashMap<>();

    /**
     * Keys the target schema requires of this object: an object converted without one of them
     * is refused (not written) and reported.
     *
     * @param targetKeys the target keys
     * @return these rules
     */
    public Rules requires(String... targetKeys) {
        required.addAll(List.of(targetKeys));
        return this;
    }

    /**
     * The values the target schema allows for a key: another value is refused and reported.
     *
     * @param targetKey the target key
     * @param values    the allowed values
     * @return these rules
     */
    public Rules allowed(String targetKey, String... values) {
        allowed.put(targetKey, Set.of(values));
        return this;
    }

    /**
     * The most entries the target schema allows in a list: the entries after them are refused
     * (not written) and reported.
     *
     * @param targetKey the target key of the list
     * @param max       the most entries
     * @return these rules
     */
    public Rules maxItems(String targetKey, int max) {
        maxItems.put(targetKey, max);
        return this;
    }

    /**
     * Tells whether a converted object has what the target requires, reporting it if not.
     *
     * @param converted  the converted object
     * @param sourcePath its source path
     * @param targetPath its target path
     * @param report     the report
     * @return true if it may be written
     */
    boolean complete(ObjectNode converted, String sourcePath, String targetPath, Report report) {
        for (String key : required) {
            if (!converted.has(key)) {
                report.add(Report.REFUSED, sourcePath, targetPath, sourcePath + " has no " + key + ", which "
                        + report.targetName() + " requires; it is not written.", null);
                return false;
            }
        }
        return true;
    }

    /**
     * Adds rules that several shapes share.
     *
     * @param part adds its rules to the rules it is given and returns them
     * @return these rules
     */
    public Rules with(java.util.function.UnaryOperator<Rules> part) {
        return part.apply(this);
    }

    /**
     * Keys that are the same on both sides.
     *
     * @param keys the keys
     * @return these rules
     */
    public Rules same(String... keys) {
        for (String key : keys) {
            rename(key, key);
        }
        return this;
    }

    /**
     * A key renamed, the value copied as it is.
     *
     * @param classicKey the classic key
     * @param targetKey  the target key
     * @return these rules
     */
    public Rules rename(String classicKey, String targetKey) {
        Copy copy = new Copy(classicKey, targetKey);
        forward.put(classicKey, copy);
        reverse.put(targetKey, copy);
        return this;
    }

    /**
     * An object under a key, mapped by its own rules.
     *
     * @param classicKey the classic key
     * @param targetKey  the target key
     * @param child      the rules of the object
     * @return these rules
     */
    public Rules object(String classicKey, String targetKey, Rules child) {
        Nested nested = new Nested(classicKey, targetKey, child, false);
        forward.put(classicKey, nested);
        reverse.put(targetKey, nested);
        return this;
    }

    /**
     * A list of objects under a key, each mapped by its own rules.
     *
     * @param classicKey the classic key
     * @param targetKey  the target key
     * @param child      the rules of each object
     * @return these rules
     */
    public Rules objects(String classicKey, String targetKey, Rules child) {
        Nested nested = new Nested(classicKey, targetKey, child, true);
        forward.put(classicKey, nested);
        reverse.put(targetKey, nested);
        return this;
    }

    /**
     * A classic key the target has no place for.
     *
     * @param classicKey the key
     * @param why        the message, a sentence
     * @return these rules
     */
    public Rules drop(String classicKey, String why) {
        forward.put(classicKey, new Drop(classicKey, why));
        return this;
    }

    /**
     * A target key classic has no place for.
     *
     * @param targetKey the key
     * @param why       the message, a sentence
     * @return these rules
     */
    public Rules targetOnly(String targetKey, String why) {
        reverse.put(targetKey, new Drop(targetKey, why));
        return this;
    }

    /**
     * A classic key converted by code, in each direction.
     *
     * @param classicKey the classic key
     * @param toTarget   classic to target
     * @param targetKey  the target key
     * @param toClassic  target to classic
     * @return these rules
     */
    public Rules custom(String classicKey, Step toTarget, String targetKey, Step toClassic) {
        return custom(classicKey, toTarget, targetKey, toClassic, null);
    }

    /**
     * A classic key converted by code, in each direction, whose value is an object or a list of
     * objects with keys named by its own rules (for the mapping of paths below the key).
     *
     * @param classicKey the classic key
     * @param toTarget   classic to target
     * @param targetKey  the target key
     * @param toClassic  target to classic
     * @param child      the rules of the keys below, or null when the keys below keep their names
     * @return these rules
     */
    public Rules custom(String classicKey, Step toTarget, String targetKey, Step toClassic, Rules child) {
        forward.put(classicKey, new Custom(toTarget, classicKey, targetKey, child));
        reverse.put(targetKey, new Custom(toClassic, classicKey, targetKey, child));
        return this;
    }

    /**
     * A classic key converted by code toward the target only (its reverse is another key's rule).
     *
     * @param classicKey the classic key
     * @param toTarget   classic to target
     * @return these rules
     */
    public Rules customForward(String classicKey, Step toTarget) {
        forward.put(classicKey, new Custom(toTarget, classicKey, null, null));
        return this;
    }

    /**
     * A target key converted by code toward classic only.
     *
     * @param targetKey the target key
     * @param toClassic target to classic
     * @return these rules
     */
    public Rules customReverse(String targetKey, Step toClassic) {
        reverse.put(targetKey, new Custom(toClassic, null, targetKey, null));
        return this;
    }

    /**
     * Returns the classic keys these rules name (for the tests that compare them with the
     * specification's tables).
     *
     * @return the keys
     */
    public Map<String, ?> classicKeys() {
        return Collections.unmodifiableMap(forward);
    }

    /**
     * Returns the target keys these rules name.
     *
     * @return the keys
     */
    public Map<String, ?> targetKeys() {
        return Collections.unmodifiableMap(reverse);
    }

    /**
     * Tells how a classic path is mapped: {@code "copy"}, {@code "object"}, {@code "list"},
     * {@code "drop"} or {@code "custom"}, or {@code null} when these rules do not name it (it
     * would be dropped as unknown). Indexes ({@code [0]}, {@code []}) are ignored.
     *
     * @param classicPath the path, in the specification's notation
     * @return the kind of rule, or null
     */
    public String explain(String classicPath) {
        return explain(classicPath, true);
    }

    /**
     * Tells how a path of the target shape is mapped back to classic, as {@link #explain(String)}.
     *
     * @param targetPath the path
     * @return the kind of rule, or null
     */
    public String explainTarget(String targetPath) {
        return explain(targetPath, false);
    }

    private String explain(String path, boolean toTarget) {
        Rules rules = this;
        String[] segments = path.replaceAll("\\[\\d*]", "").split("\\.");
        for (int i = 0; i < segments.length; i++) {
            Rule rule = (toTarget ? rules.forward : rules.reverse).get(segments[i]);
            if (rule == null) {
                return null;
            }
            boolean last = i == segments.length - 1;
            if (rule instanceof Nested nested) {
                if (last) {
                    return nested.list() ? "list" : "object";
                }
                rules = nested.child();
            } else {
                return kind(rule);
            }
        }
        return null;
    }

    /**
     * Returns the path in the target shape of a value at a classic path below the object these
     * rules map, from the same key table the conversion uses: each key renamed, each index kept.
     * Keys below a value copied as it is keep their names.
     *
     * @param classicPath the classic path, relative to this object, in the specification's notation
     * @return the target path, or {@code null} when the key table gives the value no place in the target
     */
    public String targetPath(String classicPath) {
        return map(classicPath, true);
    }

    /**
     * Returns the classic path of a value at a path of the target shape, the inverse of
     * {@link #targetPath(String)}.
     *
     * @param targetPath the target path, relative to this object
     * @return the classic path, or {@code null} when the key table gives the value no place in classic
     */
    public String classicPath(String targetPath) {
        return map(targetPath, false);
    }

    private String map(String path, boolean toTarget) {
        Rules rules = this;
        String mapped = "";
        for (String segment : path.split("\\.")) {
            int bracket = segment.indexOf('[');
            String key = bracket < 0 ? segment : segment.substring(0, bracket);
            String indexes = bracket < 0 ? "" : segment.substring(bracket);
            if (rules == null) {
                mapped = Paths.child(mapped, segment);
                continue;
            }
            Rule rule = (toTarget ? rules.forward : rules.reverse).get(key);
            String other;
            if (rule instanceof Copy copy) {
                other = toTarget ? copy.targetKey() : copy.classicKey();
                rules = null;
            } else if (rule instanceof Nested nested) {
                other = toTarget ? nested.targetKey() : nested.classicKey();
                rules = nested.child();
            } else if (rule instanceof Custom custom) {
                other = toTarget ? custom.targetKey() : custom.classicKey();
                rules = custom.child();
            } else {
                return null;
            }
            if (other == null) {
                return null;
            }
            mapped = Paths.child(mapped, other) + indexes;
        }
        return mapped;
    }

    private static String kind(Rule rule) {
        if (rule instanceof Copy) {
            return "copy";
        }
        return rule instanceof Drop ? "drop" : "custom";
    }

    /**
     * Converts a classic object into the target shape.
     *
     * @param in         the classic object
     * @param out        the target object
     * @param sourcePath the classic object's path ("" for the root)
     * @param targetPath the target object's path
     * @param report     the report
     */
    public void toTarget(JsonNode in, ObjectNode out, String sourcePath, String targetPath, Report report) {
        walk(in, out, sourcePath, targetPath, report, true);
    }

    /**
     * Converts a target-shaped object into the classic shape.
     *
     * @param in         the target object
     * @param out        the classic object
     * @param sourcePath the target object's path
     * @param targetPath the classic object's path
     * @param report     the report
     */
    public void toClassic(JsonNode in, ObjectNode out, String sourcePath, String targetPath, Report report) {
        walk(in, out, sourcePath, targetPath, report, false);
    }

    private void walk(JsonNode in, ObjectNode out, String sourcePath, String targetPath, Report report,
                      boolean toTarget) {
        Map<String, Rule> rules = toTarget ? forward : reverse;
        for (Map.Entry<String, JsonNode> field : in.properties()) {
            String key = field.getKey();
            JsonNode value = field.getValue();
            String path = Paths.child(sourcePath, key);
            Rule rule = rules.get(key);
            if (value.isNull()) {
                continue;
            }
            if (rule == null) {
                report.dropped(path, null);
            } else if (rule instanceof Drop drop) {
                report.dropped(path, drop.why());
            } else if (rule instanceof Custom custom) {
                custom.step().apply(value, out, path, targetPath, report);
            } else if (rule instanceof Copy copy) {
                Set<String> values = toTarget ? allowed.get(copy.targetKey()) : null;
                if (values != null && !values.contains(value.asText())) {
                    report.add(Report.REFUSED, path, Paths.child(targetPath, copy.targetKey()), path + " \""
                            + value.asText() + "\" is not a value " + report.targetName() + " takes ("
                            + String.join(", ", new TreeSet<>(values)) + "); it is not written.", null);
                    continue;
                }
                out.set(toTarget ? copy.targetKey() : copy.classicKey(), value.deepCopy());
            } else if (rule instanceof Nested nested) {
                String outKey = toTarget ? nested.targetKey() : nested.classicKey();
                String outPath = Paths.child(targetPath, outKey);
                if (nested.list()) {
                    ArrayNode list = JsonNodeFactory.instance.arrayNode();
                    int index = 0;
                    Integer max = toTarget ? maxItems.get(nested.targetKey()) : null;
                    for (JsonNode element : value) {
                        ObjectNode converted = JsonNodeFactory.instance.objectNode();
                        String elementPath = Paths.index(path, index);
                        String outElementPath = Paths.index(outPath, list.size());
                        if (max != null && list.size() == max) {
                            report.add(Report.REFUSED, elementPath, outElementPath, elementPath + " is beyond the " + max
                                    + " entries " + report.targetName() + " takes in " + outPath + "; it is not written.",
                                    "merge the entries");
                            index++;
                            continue;
                        }
                        nested.child().walk(element, converted, elementPath, outElementPath, report, toTarget);
                        if (!toTarget || nested.child().complete(converted, elementPath, outElementPath, report)) {
                            list.add(converted);
                        }
                        index++;
                    }
                    out.set(outKey, list);
                } else {
                    ObjectNode converted = out.has(outKey) && out.get(outKey).isObject()
                            ? (ObjectNode) out.get(outKey) : JsonNodeFactory.instance.objectNode();
                    nested.child().walk(value, converted, path, outPath, report, toTarget);
                    boolean written = !converted.isEmpty() || value.isEmpty();
                    if (written && (!toTarget || nested.child().complete(converted, path, outPath, report))) {
                        out.set(outKey, converted);
                    }
                }
            }
        }
    }
}
