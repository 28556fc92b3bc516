package io.github.blueprint4j.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.blueprint4j.model.Blueprint;
import io.github.blueprint4j.model.DataSize;
import io.github.blueprint4j.model.FileMode;
import io.github.blueprint4j.model.Owner;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No validator throws, whatever a blueprint built in code holds: every section present with
 * null in every scalar, or with empty strings, or with odd values, under every profile, policy
 * selection and strictness.
 */
class NoThrowTest {

    /** How the scalars of a generated blueprint are filled. */
    enum Fill { NULLS, EMPTY, ODD }

    static Stream<Arguments> cases() {
        List<BlueprintValidator> validators = List.of(
                BlueprintValidator.builder().build(),
                BlueprintValidator.builder().strict(true).policies(PathPolicies.named("weldr-name", "mountpoints-ostree",
                        "files-ostree", "directories-ostree", "mountpoints-composer-legacy")).build(),
                BlueprintValidator.builder().profile(Profile.IMAGE_BUILDER).policies(PathPolicies.none()).build(),
                BlueprintValidator.builder().target(Target.of("rhel-8.4", "qcow2")).strict(true).build(),
                BlueprintValidator.builder().target(Target.of("rhel-9.0", "edge-simplified-installer")).build(),
                BlueprintValidator.builder().target(Target.of("bootc-generic", "qcow2")).build(),
                BlueprintValidator.builder().target(Target.of("fedora-43", "iot-raw-image")).build());
        return Stream.of(Fill.values()).flatMap(fill -> validators.stream()
                .flatMap(v -> Stream.of(true, false).map(lists -> Arguments.of(fill, lists, v))));
    }

    @ParameterizedTest(name = "{0}, lists filled: {1}, {2}")
    @MethodSource("cases")
    void validatesEveryShapeWithoutThrowing(Fill fill, boolean fillLists, BlueprintValidator validator) {
        Blueprint blueprint = (Blueprint) sample(Blueprint.class, fill, fillLists);
        assertThatCode(() -> validator.validate(blueprint)).doesNotThrowAnyException();
        assertThat(validator.validate(blueprint).diagnostics()).allSatisfy(d -> {
            assertThat(d.message().replace(text(Fill.ODD), "")).doesNotContain("{").doesNotContain("java.");
            assertThat(d.code()).isNotBlank();
        });
    }

    /** A record of the model with every component filled as {@code fill} says, nested records included. */
    static Object sample(Class<?> type, Fill fill, boolean fillLists) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent rc = components[i];
            types[i] = rc.getType();
            args[i] = value(rc, fill, fillLists);
        }
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(types);
            return constructor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object value(RecordComponent rc, Fill fill, boolean fillLists) {
        Class<?> type = rc.getType();
        if (type == boolean.class) {
            return fill != Fill.NULLS;
        }
        if (type == Map.class) {
            return fill == Fill.ODD ? Map.of("odd key", List.of(1L, "x")) : Map.of();
        }
        if (type == List.class) {
            if (!fillLists) {
                return List.of();
            }
            Class<?> element = (Class<?>) ((ParameterizedType) rc.getGenericType()).getActualTypeArguments()[0];
            return element == String.class ? List.of(text(fill), text(fill)) : List.of(sample(element, fill, true), sample(element, fill, true));
        }
        if (type.isRecord()) {
            return sample(type, fill, fillLists);
        }
        if (fill == Fill.NULLS) {
            return null;
        }
        if (type == String.class) {
            return text(fill);
        }
        if (type == Long.class) {
            return fill == Fill.EMPTY ? 0L : Long.MIN_VALUE;
        }
        if (type == Boolean.class) {
            return fill == Fill.ODD;
        }
        if (type == DataSize.class) {
            return fill == Fill.EMPTY ? DataSize.ofBytes(0) : DataSize.ofBytes(new java.math.BigInteger("18446744073709551615"));
        }
        if (type == Owner.class) {
            return fill == Fill.EMPTY ? Owner.name("") : Owner.id(Long.MAX_VALUE);
        }
        if (type == FileMode.class) {
            return FileMode.of(fill == Fill.EMPTY ? 0 : 0777);
        }
        throw new IllegalStateException("No sample for " + type);
    }

    private static String text(Fill fill) {
        return fill == Fill.EMPTY ? "" : "odd value/../ with spaces, {braces} and $6$dollars ${el}";
    }
}
