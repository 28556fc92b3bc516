package io.github.blueprint4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.blueprint4j.diagnostic.BlueprintException;
import io.github.blueprint4j.diagnostic.Diagnostic;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Keys the format does not define: they cannot shadow a known key, hold only TOML and JSON values, and are copied. */
class UnknownKeysTest {

    @Test
    void refusesAKnownKeyOfTheSameTable() {
        assertRefused(() -> Blueprint.builder().putUnknownKey("name", "y"), "GEN-UNKNOWN-KEY", "name");
        assertRefused(() -> UserCustomization.builder().putUnknownKey("force_password_reset", true),
                "GEN-UNKNOWN-KEY", "force_password_reset");
        assertRefused(() -> Customizations.builder().unknownKeys(Map.of("containers-storage", Map.of())).build(),
                "GEN-UNKNOWN-KEY", "containers-storage");
        assertRefused(() -> new GroupCustomization("wheel", null, Map.of("gid", 10)), "GEN-UNKNOWN-KEY", "gid");
    }

    @Test
    void refusesANullKey() {
        Map<String, Object> keys = new HashMap<>();
        keys.put(null, 1);
        assertThatThrownBy(() -> BtrfsSubvolume.builder().name("root").unknownKeys(keys).build())
                .isInstanceOf(NullPointerException.class).hasMessage("an unknown key must not be null");
        assertThatThrownBy(() -> Blueprint.builder().putUnknownKey(null, 1)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void acceptsTheKeyOfAnotherTable() {
        Blueprint bp = Blueprint.builder().putUnknownKey("hostname", "web01").build();
        assertThat(bp.unknownKeys()).containsExactly(Map.entry("hostname", "web01"));
    }

    @Test
    void refusesValuesTomlAndJsonCannotCarry() {
        Diagnostic object = assertRefused(() -> Blueprint.builder().putUnknownKey("obj", new Object()),
                "GEN-TYPE-MISMATCH", "obj");
        assertThat(object.message()).isEqualTo("The unknown value at obj is a java.lang.Object, which TOML and JSON cannot carry.");
        assertRefused(() -> Blueprint.builder().putUnknownKey("list", List.of("a", DataSize.ofBytes(1))),
                "GEN-TYPE-MISMATCH", "list[1]");
        assertRefused(() -> Blueprint.builder().putUnknownKey("table", Map.of("inner", List.of(new int[] {1}))),
                "GEN-TYPE-MISMATCH", "table.inner[0]");
        assertRefused(() -> Blueprint.builder().putUnknownKey("table", Map.of(1, "one")), "GEN-TYPE-MISMATCH", "table");
        assertRefused(() -> Blueprint.builder().unknownKeys(Map.of("obj", new StringBuilder("x"))).build(),
                "GEN-TYPE-MISMATCH", "obj");
    }

    @Test
    void acceptsEveryValueTomlAndJsonCarry() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("string", "s");
        values.put("bool", true);
        values.put("int", 1);
        values.put("long", 2L);
        values.put("big", new BigInteger("18446744073709551616"));
        values.put("double", 1.5);
        values.put("float", 2.5f);
        values.put("decimal", new BigDecimal("0.1"));
        values.put("date", LocalDate.of(2026, 12, 4));
        values.put("time", LocalTime.of(14, 0));
        values.put("local", LocalDateTime.of(2026, 12, 4, 14, 0));
        values.put("offset", OffsetDateTime.of(2026, 12, 4, 14, 0, 0, 0, ZoneOffset.UTC));
        values.put("json-null", null);
        values.put("list", Arrays.asList(1, null, List.of("a")));
        values.put("table", Map.of("k", Map.of("deeper", "v")));

        Blueprint bp = Blueprint.builder().unknownKeys(values).build();

        assertThat(bp.unknownKeys()).isEqualTo(values);
        assertThat(bp.unknownKeys().keySet()).containsExactlyElementsOf(values.keySet());
    }

    @Test
    void copiesValuesDeeplyIntoStructuresNoOneCanChange() {
        List<Object> inner = new ArrayList<>(List.of("a"));
        List<Object> list = new ArrayList<>(List.of(inner));
        Map<String, Object> table = new HashMap<>(Map.of("k", new ArrayList<>(List.of(1))));
        Blueprint.Builder builder = Blueprint.builder().name("x").putUnknownKey("list", list).putUnknownKey("table", table);
        Blueprint bp = builder.build();
        int hash = bp.hashCode();

        inner.add("b");
        list.add("c");
        table.put("other", 2);

        assertThat(bp.unknownKeys()).containsExactly(Map.entry("list", List.of(List.of("a"))),
                Map.entry("table", Map.of("k", List.of(1))));
        assertThat(bp.hashCode()).isEqualTo(hash);
        assertThat(builder.build()).isEqualTo(bp);
        @SuppressWarnings("unchecked")
        List<Object> kept = (List<Object>) bp.unknownKeys().get("list");
        assertThatThrownBy(() -> kept.add("d")).isInstanceOf(UnsupportedOperationException.class);
        @SuppressWarnings("unchecked")
        List<Object> keptInner = (List<Object>) kept.get(0);
        assertThatThrownBy(() -> keptInner.add("d")).isInstanceOf(UnsupportedOperationException.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> keptTable = (Map<String, Object>) bp.unknownKeys().get("table");
        assertThatThrownBy(() -> keptTable.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theRefusalIsABlueprintExceptionWithOneDiagnostic() {
        assertThatThrownBy(() -> Blueprint.builder().putUnknownKey("name", "y"))
                .isInstanceOf(BlueprintException.class)
                .hasMessage("\"name\" is a key the format defines here, so it cannot also be kept as an unknown key.")
                .satisfies(e -> assertThat(((BlueprintException) e).diagnostics()).hasSize(1));
    }

    private static Diagnostic assertRefused(ThrowingCallable call, String code, String path) {
        InvalidValueException refused = (InvalidValueException) catchThrowable(call);
        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.diagnostic().code()).isEqualTo(code);
        assertThat(refused.diagnostic().path()).isEqualTo(path);
        return refused.diagnostic();
    }
}
