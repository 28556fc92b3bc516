package io.github.blueprint4j.operations;

import io.github.blueprint4j.model.Blueprint;
import io.github.blueprint4j.model.internal.Redaction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** Walks two blueprints along the model and collects their differences, as {@link BlueprintDiff} describes. */
final class ModelDiff {

    private final List<Change> changes = new ArrayList<>();

    private ModelDiff() {
    }

    static List<Change> between(Blueprint from, Blueprint to) {
        ModelDiff diff = new ModelDiff();
        diff.table("", from, to);
        return diff.changes;
    }

    private void table(String path, Record from, Record to) {
        for (ModelField field : ModelField.of(from.getClass())) {
            field(child(path, field.key()), field, field.get(from), field.get(to));
        }
        Map<String, Object> before = ModelField.unknownKeys(from);
        Map<String, Object> after = ModelField.unknownKeys(to);
        before.forEach((key, value) -> {
            Object now = after.get(key);
            if (!Objects.equals(Values.comparable(value), now == null ? null : Values.comparable(now))) {
                add(child(path, key), Values.unknown(key, value), Values.unknown(key, now));
            }
        });
        after.forEach((key, value) -> {
            if (!before.containsKey(key)) {
                add(child(path, key), null, Values.unknown(key, value));
            }
        });
    }

    private void field(String path, ModelField field, Object from, Object to) {
        if (DiffRules.isSecret(field)) {
            if (!Objects.equals(from, to)) {
                add(path, Values.hidden(from), Values.hidden(to));
            }
        } else if (from == null || to == null) {
            if (from != to) {
                add(path, Values.of(from), Values.of(to));
            }
        } else if (field.isList()) {
            list(path, field, (List<?>) from, (List<?>) to);
        } else if (field.type().isRecord()) {
            table(path, (Record) from, (Record) to);
        } else if (!from.equals(to)) {
            add(path, Values.of(from), Values.of(to));
        }
    }

    private void list(String path, ModelField field, List<?> from, List<?> to) {
        Class<?> element = field.elementType();
        if (element == String.class && DiffRules.isOrdered(field)) {
            if (!from.equals(to)) {
                add(path, from.isEmpty() ? null : Values.of(from), to.isEmpty() ? null : Values.of(to));
            }
        } else if (element == String.class) {
            byIdentity(path, from, to, String.class::cast);
        } else if (DiffRules.IDENTITIES.containsKey(element)) {
            byIdentity(path, from, to, DiffRules.IDENTITIES.get(element));
        } else {
            byPosition(path, from, to);
        }
    }

    private void byIdentity(String path, List<?> from, List<?> to, Function<Object, String> identity) {
        Map<String, Object> before = labelled(from, identity);
        Map<String, Object> after = labelled(to, identity);
        before.forEach((label, entry) -> {
            Object other = after.get(label);
            if (other == null) {
                add(entry(path, label), Values.of(entry), null);
            } else if (entry instanceof Record record) {
                table(entry(path, label), record, (Record) other);
            }
        });
        after.forEach((label, entry) -> {
            if (!before.containsKey(label)) {
                add(entry(path, label), null, Values.of(entry));
            }
        });
    }

    private void byPosition(String path, List<?> from, List<?> to) {
        for (int i = 0; i < Math.max(from.size(), to.size()); i++) {
            String at = entry(path, Integer.toString(i));
            if (i >= to.size()) {
                add(at, Values.of(from.get(i)), null);
            } else if (i >= from.size()) {
                add(at, null, Values.of(to.get(i)));
            } else {
                table(at, (Record) from.get(i), (Record) to.get(i));
            }
        }
    }

    /** Labels each entry with its identity, {@code #2}, {@code #3} ... added to repeated ones. */
    private static Map<String, Object> labelled(List<?> entries, Function<Object, String> identity) {
        Map<String, Object> labelled = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Object entry : entries) {
            String key = Objects.toString(identity.apply(entry), "");
            int occurrence = seen.merge(key, 1, Integer::sum);
            labelled.put(occurrence == 1 ? key : key + "#" + occurrence, entry);
        }
        return labelled;
    }

    private void add(String path, Object oldValue, Object newValue) {
        Change.Kind kind = oldValue == null ? Change.Kind.ADDED : newValue == null ? Change.Kind.REMOVED : Change.Kind.CHANGED;
        changes.add(new Change(kind, path, oldValue, newValue));
    }

    private static String child(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** The path of a list entry; the label is masked, since it may be a value such as a repository URL. */
    private static String entry(String path, String label) {
        return path + "[" + Redaction.mask(label) + "]";
    }
}
