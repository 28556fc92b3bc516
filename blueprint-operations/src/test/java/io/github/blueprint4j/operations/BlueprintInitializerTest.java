package io.github.blueprint4j.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.blueprint4j.io.BlueprintReader;
import io.github.blueprint4j.io.BlueprintWriter;
import io.github.blueprint4j.io.Format;
import io.github.blueprint4j.model.Blueprint;
import io.github.blueprint4j.model.UserCustomization;
import io.github.blueprint4j.testdata.ConformanceCase;
import io.github.blueprint4j.testdata.TestData;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

class BlueprintInitializerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The reference's JSON: sizes in bytes, ignored keys gone. */
    private static final BlueprintWriter REFERENCE_JSON = BlueprintWriter.builder()
            .sizeStyle(BlueprintWriter.SizeStyle.BYTES).unknownKeys(false).build();
    private static final BlueprintInitializer INITIALIZER = new BlueprintInitializer();

    static Stream<ConformanceCase> casesWithInitializedExpectations() {
        return TestData.conformanceCases().stream().filter(c -> c.expectJson().contains("\"initialized\""));
    }

    @Test
    void theConformanceSuiteHasCaseElevenWithAnInitializedExpectation() {
        assertThat(casesWithInitializedExpectations()).extracting(ConformanceCase::id)
                .containsExactly("011-user-passwords-hashing");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("casesWithInitializedExpectations")
    void initializesAsTheConformanceSuiteExpects(ConformanceCase c) throws Exception {
        JsonNode expect = JSON.readTree(c.expectJson());
        String format = expect.get("format").asText();
        Blueprint read = BlueprintReader.builder().build()
                .read(c.input(format), Format.valueOf(format.toUpperCase(Locale.ROOT))).blueprint();

        Blueprint initialized = INITIALIZER.initialize(read).blueprint();

        PartialJson.assertMatches(expect.get("initialized"), JSON.readTree(REFERENCE_JSON.toJson(initialized)), "");
    }

    @Test
    void hashesPlainTextKeepsCryptStringsAndDropsEmptyPasswordsLikeCaseEleven() {
        String lisa = "$6$RWdHzrPfoM6BMuIP$gKYlBXQuJgP.G2j2twbOyxYjFDPUQw8Jp.gWe1WD/obX0RMyfgw5vt.Mn/tLLX4mQjaklSiIzoAW3HrVQRg4Q.";
        Blueprint pushed = Blueprint.builder().name("test").version("0.0.0")
                .customizations(c -> c.addUser(u -> u.name("bart").password("nobodysawmedoit"))
                        .addUser(u -> u.name("lisa").password(lisa))
                        .addUser(u -> u.name("maggie").password("")))
                .build();

        InitializeResult result = INITIALIZER.initialize(pushed);

        List<UserCustomization> users = result.blueprint().customizations().user();
        String bart = users.get(0).password();
        assertThat(bart).matches("\\$6\\$[./0-9A-Za-z]{16}\\$[./0-9A-Za-z]{86}");
        assertThat(PasswordHasher.builder().salt(bart.substring(3, 19)).build().hash("nobodysawmedoit")).isEqualTo(bart);
        assertThat(users.get(1).password()).isEqualTo(lisa);
        assertThat(users.get(2).password()).isNull();
        assertThat(result.hashedUsers()).containsExactly("bart");
    }

    static Stream<String> cryptPrefixes() {
        return PasswordHasher.CRYPT_PREFIXES.stream();
    }

    @ParameterizedTest
    @MethodSource("cryptPrefixes")
    void neverHashesACryptStringAgain(String prefix) {
        String hash = prefix + "j9T$F5Jx5fExrKuPp53xLKQ..1$X3DX6M94c7o.9agCG9G317fhZg9SqC.5i5rd.RhAtQ7";
        Blueprint pushed = Blueprint.builder().name("x")
                .customizations(c -> c.addUser(u -> u.name("homer").password(hash))).build();

        InitializeResult result = INITIALIZER.initialize(pushed);

        assertThat(result.blueprint().customizations().user().get(0).password()).isEqualTo(hash);
        assertThat(result.hashedUsers()).isEmpty();
        Blueprint again = INITIALIZER.initialize(result.blueprint()).blueprint();
        assertThat(again).isEqualTo(result.blueprint());
    }

    @Test
    void initializingTwiceChangesNothingTheSecondTime() {
        Blueprint pushed = Blueprint.builder().name("x")
                .customizations(c -> c.addUser(u -> u.name("a").password("plain")).addUser(u -> u.name("b").password("")))
                .build();

        Blueprint once = INITIALIZER.initialize(pushed).blueprint();
        InitializeResult twice = INITIALIZER.initialize(once);

        assertThat(twice.blueprint()).isEqualTo(once);
        assertThat(twice.hashedUsers()).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void anEmptyOrMissingVersionBecomesZero(String version) {
        Blueprint pushed = Blueprint.builder().name("x").version(version).build();

        assertThat(INITIALIZER.initialize(pushed).blueprint().version()).isEqualTo("0.0.0");
    }

    @Test
    void aVersionIsKeptEvenWhenTheServerWouldRefuseIt() {
        Blueprint pushed = Blueprint.builder().name("x").version("v1").build();

        assertThat(INITIALIZER.initialize(pushed).blueprint().version()).isEqualTo("v1");
    }

    @Test
    void missingListsAreEmptyAndNothingElseChanges() {
        Blueprint pushed = new Blueprint("x", null, "1.0.0", null, null, null, null, null, null, null, null, null);

        InitializeResult result = INITIALIZER.initialize(pushed);

        Blueprint initialized = result.blueprint();
        assertThat(initialized.packages()).isEmpty();
        assertThat(initialized.modules()).isEmpty();
        assertThat(initialized.enabledModules()).isEmpty();
        assertThat(initialized.groups()).isEmpty();
        assertThat(initialized.containers()).isEmpty();
        assertThat(initialized).isEqualTo(pushed);
        assertThat(result.hashedUsers()).isEmpty();
    }

    @Test
    void theArgumentIsLeftAlone() {
        Blueprint pushed = Blueprint.builder().name("x")
                .customizations(c -> c.hostname("h").addUser(u -> u.name("a").password("plain"))).build();
        Blueprint copy = pushed.toBuilder().build();

        Blueprint initialized = INITIALIZER.initialize(pushed).blueprint();

        assertThat(pushed).isEqualTo(copy);
        assertThat(pushed.customizations().user().get(0).password()).isEqualTo("plain");
        assertThat(initialized.customizations().hostname()).isEqualTo("h");
        assertThat(initialized.version()).isEqualTo("0.0.0");
    }

    @Test
    void reportsHashedUsersInDocumentOrderAndAUserWithoutNameAsEmpty() {
        Blueprint pushed = Blueprint.builder().name("x")
                .customizations(c -> c.addUser(u -> u.name("zed").password("1"))
                        .addUser(u -> u.name("kept").password("$y$j9T$abc"))
                        .addUser(u -> u.password("2"))
                        .addUser(u -> u.name("none"))
                        .addUser(u -> u.name("abe").password("3")))
                .build();

        assertThat(INITIALIZER.initialize(pushed).hashedUsers()).containsExactly("zed", "", "abe");
    }

    @Test
    void hashesWithTheGivenHasher() {
        BlueprintInitializer initializer = new BlueprintInitializer(
                PasswordHasher.builder().algorithm(PasswordHasher.Algorithm.SHA256).salt("saltstring").build());
        Blueprint pushed = Blueprint.builder().name("x")
                .customizations(c -> c.addUser(u -> u.name("a").password("Hello world!"))).build();

        assertThat(initializer.initialize(pushed).blueprint().customizations().user().get(0).password())
                .isEqualTo("$5$saltstring$5B8vYYiY.CVt1RlTTf8KbXBH3hsxY/GNooZaBBGWEc5");
        assertThat(initializer).hasToString("BlueprintInitializer[PasswordHasher[SHA256, rounds=default, salt=fixed]]");
    }

    @Test
    void neverShowsAPasswordOrItsHash() {
        Blueprint pushed = Blueprint.builder().name("x")
                .customizations(c -> c.addUser(u -> u.name("a").password("correct horse battery staple"))
                        .addUser(u -> u.name("b").password("$6$kept$hashvalue")))
                .build();

        InitializeResult result = INITIALIZER.initialize(pushed);

        String hash = result.blueprint().customizations().user().get(0).password();
        assertThat(result.toString()).doesNotContain("correct horse", hash, "$6$kept$hashvalue").contains("a", "b");
    }

    @Test
    void aPasswordTheHasherRefusesIsNotShownInTheException() {
        Blueprint pushed = Blueprint.builder().name("x")
                .customizations(c -> c.addUser(u -> u.name("a").password("hunter2\0"))).build();

        assertThatThrownBy(() -> INITIALIZER.initialize(pushed))
                .isInstanceOf(IllegalArgumentException.class)
                .message().doesNotContain("hunter2");
    }
}
