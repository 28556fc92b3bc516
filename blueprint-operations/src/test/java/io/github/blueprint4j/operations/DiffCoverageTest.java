package io.github.blueprint4j.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.blueprint4j.model.Blueprint;
import io.github.blueprint4j.model.DataSize;
import io.github.blueprint4j.model.FileMode;
import io.github.blueprint4j.model.Owner;
import io.github.blueprint4j.operations.Change.Kind;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Walks the whole model from {@link Blueprint}, independently of the diff's own walk, and
 * checks for every field and every table's unknown keys that a blueprint differing only there
 * gives exactly the expected change: identical blueprints none, a changed scalar one
 * {@code CHANGED}, a changed identity a {@code REMOVED} and an {@code ADDED} entry, string sets
 * per element, ordered string lists whole, secrets hidden.
 */
class DiffCoverageTest {

    /** How this test expects each list of tables to be matched: by the named field, else by position. */
    private static final Map<String, String> IDENTITY_OF_LIST = Map.ofEntries(
            Map.entry("packages", "name"),
            Map.entry("modules", "name"),
            Map.entry("enabled_modules", "name"),
            Map.entry("groups", "name"),
            Map.entry("containers", "source"),
            Map.entry("customizations.sshkey", "user"),
            Map.entry("customizations.user", "name"),
            Map.entry("customizations.group", "name"),
            Map.entry("customizations.filesystem", "mountpoint"),
            Map.entry("customizations.firewall.zones", "name"),
            Map.entry("customizations.disk.partitions[0].logical_volumes", "name"),
            Map.entry("customizations.disk.partitions[0].subvolumes", "name"),
            Map.entry("customizations.directories", "path"),
            Map.entry("customizations.files", "path"),
            Map.entry("customizations.repositories", "id"));
    private static final Set<String> POSITIONAL_LISTS = Set.of(
            "customizations.disk.partitions",
            "customizations.firstboot.scripts",
            "customizations.installer.payload.flatpaks.force");
    private static final Set<String> ORDERED_STRING_LISTS = Set.of(
            "customizations.locale.languages",
            "customizations.timezone.ntpservers",
            "customizations.firewall.ports");
    private static final Set<String> SECRETS = Set.of(
            "customizations.user[id].password",
            "customizations.user[id].key",
            "customizations.sshkey[id].key",
            "customizations.firstboot.scripts[0].host_config_key",
            "customizations.firstboot.scripts[0].command");

    /** The identity value every keyed entry on the way to a field gets. */
    private static final String ID = "id";

    private final List<String> checkedFields = new ArrayList<>();
    private final Set<Class<?>> tables = new HashSet<>();

    /**
     * Where the walk is: how to put a table of the current type into a whole blueprint.
     *
     * @param path     the path of the table
     * @param embed    puts the table into a blueprint
     * @param identity the identity field of the table, when it is an entry of a keyed list
     * @param listPath the path of that list
     */
    private record Place(String path, Function<Object, Blueprint> embed, String identity, String listPath) {
    }

    @Test
    void everyFieldOfTheModelIsComparedWithTheExpectedChange() throws Exception {
        walk(Blueprint.class, new Place("", table -> (Blueprint) table, null, null));

        assertThat(checkedFields).as("fields checked").hasSize(146).doesNotHaveDuplicates();
        assertThat(tables).as("every table of the model").containsExactlyInAnyOrderElementsOf(modelRecordTypes());
        assertThat(checkedFields).contains("name", "packages[id].version", "customizations.user[id].groups",
                "customizations.disk.partitions[0].logical_volumes[id].minsize",
                "customizations.installer.payload.flatpaks.force[0].registry.remote_name",
                "customizations.rhsm.config.subscription_manager.rhsmcertd.auto_registration");
    }

    /** Returns the top-level record types of the model package, read from its jar or class directory. */
    private static Set<Class<?>> modelRecordTypes() throws Exception {
        Path location = Path.of(Blueprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String folder = Blueprint.class.getPackageName().replace('.', '/') + "/";
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.list(location.resolve(folder))) {
                files.forEach(file -> names.add(file.getFileName().toString()));
            }
        } else {
            try (ZipFile jar = new ZipFile(location.toFile())) {
                jar.stream().map(ZipEntry::getName)
                        .filter(name -> name.startsWith(folder) && name.indexOf('/', folder.length()) < 0)
                        .forEach(name -> names.add(name.substring(folder.length())));
            }
        }
        Set<Class<?>> records = new HashSet<>();
        for (String name : names) {
            if (name.endsWith(".class") && !name.contains("$")) {
                Class<?> type = Class.forName(Blueprint.class.getPackageName() + "." + name.substring(0, name.length() - 6));
                if (type.isRecord()) {
                    records.add(type);
                }
            }
        }
        return records;
    }

    private void walk(Class<?> type, Place place) throws Exception {
        tables.add(type);
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getAccessor().isAnnotationPresent(JsonAnyGetter.class)) {
                checkUnknownKeys(type, component, place);
                continue;
            }
            String key = component.getAccessor().getAnnotation(JsonProperty.class).value();
            String path = place.path().isEmpty() ? key : place.path() + "." + key;
            Class<?> componentType = component.getType();
            Class<?> element = componentType == List.class
                    ? (Class<?>) ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0] : null;
            if (componentType.isRecord()) {
                walk(componentType, new Place(path, table -> place.embed().apply(table(type, place, component, table)), null, null));
            } else if (element != null && element.isRecord()) {
                String identity = IDENTITY_OF_LIST.get(path);
                if (identity == null && !POSITIONAL_LISTS.contains(path)) {
                    fail("The list " + path + " is new: decide how the diff matches its entries");
                }
                String entryPath = path + (identity == null ? "[0]" : "[" + ID + "]");
                walk(element, new Place(entryPath,
                        table -> place.embed().apply(table(type, place, component, List.of(table))), identity, path));
            } else {
                checkField(type, component, key, path, element, place);
            }
        }
    }

    private void checkField(Class<?> type, RecordComponent component, String key, String path, Class<?> element,
            Place place) throws Exception {
        checkedFields.add(path);
        Object first = sample(component.getType(), element, 1);
        Object second = sample(component.getType(), element, 2);
        Blueprint a = place.embed().apply(table(type, place, component, first));
        Blueprint b = place.embed().apply(table(type, place, component, second));

        assertThat(BlueprintDiff.between(a, a.toBuilder().build()).changes()).as(path + " unchanged").isEmpty();
        List<Change> changes = BlueprintDiff.between(a, b).changes();
        if (key.equals(place.identity())) {
            assertThat(changes).as(path).extracting(Change::kind, Change::path).containsExactly(
                    Tuple.tuple(Kind.REMOVED, place.listPath() + "[a]"),
                    Tuple.tuple(Kind.ADDED, place.listPath() + "[b]"));
        } else if (SECRETS.contains(path)) {
            assertThat(changes).as(path).containsExactly(new Change(Kind.CHANGED, path, Change.HIDDEN, Change.HIDDEN));
        } else if (element != null && ORDERED_STRING_LISTS.contains(path)) {
            assertThat(changes).as(path).containsExactly(new Change(Kind.CHANGED, path, List.of("a"), List.of("b")));
        } else if (element != null) {
            assertThat(changes).as(path).containsExactly(
                    new Change(Kind.REMOVED, path + "[a]", "a", null), new Change(Kind.ADDED, path + "[b]", null, "b"));
        } else {
            assertThat(changes).as(path).containsExactly(
                    new Change(Kind.CHANGED, path, json(component.getType(), 1), json(component.getType(), 2)));
        }
    }

    private void checkUnknownKeys(Class<?> type, RecordComponent component, Place place) throws Exception {
        String path = (place.path().isEmpty() ? "" : place.path() + ".") + "x-extra";
        Blueprint a = place.embed().apply(table(type, place, component, Map.of("x-extra", List.of(1, "a"))));
        Blueprint b = place.embed().apply(table(type, place, component, Map.of("x-extra", List.of(1L, "a"))));
        Blueprint c = place.embed().apply(table(type, place, component, Map.of("x-extra", Map.of("k", true))));

        assertThat(BlueprintDiff.between(a, b).changes()).as(path + " with equal values").isEmpty();
        assertThat(BlueprintDiff.between(a, c).changes()).as(path)
                .containsExactly(new Change(Kind.CHANGED, path, List.of(1L, "a"), Map.of("k", true)));
    }

    /** Creates a table of the type with one component set and the identity, if any, set to {@value #ID}. */
    private static Object table(Class<?> type, Place place, RecordComponent set, Object value) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] arguments = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            types[i] = component.getType();
            JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
            if (component.getName().equals(set.getName())) {
                arguments[i] = value;
            } else if (property != null && property.value().equals(place.identity())) {
                arguments[i] = ID;
            } else if (component.getType() == boolean.class) {
                arguments[i] = false;
            }
        }
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(types);
            return constructor.newInstance(arguments);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object sample(Class<?> type, Class<?> element, int variant) {
        if (element == String.class) {
            return List.of(variant == 1 ? "a" : "b");
        }
        if (type == String.class) {
            return variant == 1 ? "a" : "b";
        }
        if (type == Long.class) {
            return (long) variant;
        }
        if (type == Boolean.class || type == boolean.class) {
            return variant == 1;
        }
        if (type == DataSize.class) {
            return DataSize.ofBytes(1024L * variant);
        }
        if (type == FileMode.class) {
            return FileMode.of(variant == 1 ? 0644 : 0600);
        }
        if (type == Owner.class) {
            return variant == 1 ? Owner.name("a") : Owner.id(7);
        }
        throw new IllegalStateException("No sample values for " + type + ": teach this test the new type");
    }

    private static Object json(Class<?> type, int variant) {
        Object sample = sample(type, null, variant);
        if (sample instanceof DataSize size) {
            return size.bytes();
        }
        if (sample instanceof FileMode mode) {
            return mode.toString();
        }
        if (sample instanceof Owner.Name name) {
            return name.value();
        }
        if (sample instanceof Owner.Id id) {
            return id.value();
        }
        return sample;
    }
}
