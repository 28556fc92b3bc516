package io.github.blueprint4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bundled image-type data is exactly what {@link ImageTypesGenerator} makes of the
 * specification, byte for byte, for every revision. Run with {@code -Dblueprint4j.regenerate=true}
 * to rewrite the bundled files first (the README has the command).
 */
class ImageTypeDataTest {

    @BeforeAll
    static void regenerateWhenAsked() throws IOException {
        if (Boolean.getBoolean("blueprint4j.regenerate")) {
            ImageTypesGenerator.writeAll(Path.of(System.getProperty("basedir", ".")));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "2"})
    void theBundledDataIsWhatTheGeneratorMakesOfTheSpecification(String revision) throws IOException {
        byte[] bundled;
        if (Boolean.getBoolean("blueprint4j.regenerate")) {
            bundled = Files.readAllBytes(ImageTypesGenerator.resourceDirectory(Path.of(System.getProperty("basedir", ".")))
                    .resolve(ImageTypesGenerator.resource(revision)));
        } else {
            try (InputStream in = ImageTypes.class.getResourceAsStream(ImageTypesGenerator.resource(revision))) {
                assertThat(in).as(ImageTypesGenerator.resource(revision)).isNotNull();
                bundled = in.readAllBytes();
            }
        }
        assertThat(new String(bundled, StandardCharsets.UTF_8))
                .isEqualTo(new String(ImageTypesGenerator.generate(revision), StandardCharsets.UTF_8));
        assertThat(bundled).isEqualTo(ImageTypesGenerator.generate(revision));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "2"})
    void everyRevisionTheLibraryOffersIsGeneratedFromItsOwnSpecificationText(String revision) {
        assertThat(ImageTypes.revisions()).containsExactlyInAnyOrderElementsOf(ImageTypesGenerator.SPEC_OF_REVISION.keySet());
        assertThat(ImageTypes.revision(revision).upstream()).isEqualTo(ImageTypesGenerator.spec(revision).upstream);
    }
}
