package io.github.blueprint4j.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.blueprint4j.diagnostic.Diagnostic;
import io.github.blueprint4j.model.Blueprint;
import io.github.blueprint4j.model.FileCustomization;
import io.github.blueprint4j.model.FirstbootScript;
import io.github.blueprint4j.model.RepositoryCustomization;
import io.github.blueprint4j.model.UserCustomization;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedactionTest {

    private static final String PRIVATE_KEY = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktPRIVATEBODY\n"
            + "-----END OPENSSH PRIVATE KEY-----";

    @Test
    void masksTheUserInformationOfEveryUrl() {
        assertThat(Redaction.mask("https://user:pass@repo.example.com/el9")).isEqualTo("https://***@repo.example.com/el9");
        assertThat(Redaction.mask("see \"https://u:p@ss@host\" and ftp://token@ftp.example.com?x"))
                .isEqualTo("see \"https://***@host\" and ftp://***@ftp.example.com?x");
    }

    @Test
    void leavesUrlsWithoutUserInformationAlone() {
        String text = "https://repo.example.com/path/user@example.com mailto:a@b.c";
        assertThat(Redaction.mask(text)).isSameAs(text);
    }

    @Test
    void masksPrivateKeyBlocksEvenUnfinished() {
        assertThat(Redaction.mask("before " + PRIVATE_KEY + " after")).isEqualTo("before <hidden private key> after");
        assertThat(Redaction.mask("-----BEGIN RSA PRIVATE KEY-----\nMIIEcut")).isEqualTo("<hidden private key>");
        assertThat(Redaction.containsPrivateKey(PRIVATE_KEY)).isTrue();
        assertThat(Redaction.containsPrivateKey("ssh-ed25519 AAAAC3Nza ops@example.com")).isFalse();
        assertThat(Redaction.containsPrivateKey("-----BEGIN CERTIFICATE-----")).isFalse();
    }

    @Test
    void escapesC0Del1C1AndBidirectionalControls() {
        assertThat(Redaction.escape("Nowhere\nall.toml: 0 errors\u001b[2K\u001b[32mOK\r\t\u007f\u0085\u202e\u2066x\u2028"))
                .isEqualTo("Nowhere\\nall.toml: 0 errors\\u001b[2K\\u001b[32mOK\\r\\t\\u007f\\u0085\\u202e\\u2066x\\u2028");
        String plain = "C:\\path ü 日本";
        assertThat(Redaction.escape(plain)).isSameAs(plain);
    }

    @ParameterizedTest
    @ValueSource(strings = {"password", "passwd", "pasword", "passowrd", "db_password", "rootPassword", "secret",
        "client-secret", "api_token", "activation_key", "activation-key", "organization", "org", "sshkey", "key",
        "private_key", "credentials", "passphrase"})
    void namesThatLookSecret(String key) {
        assertThat(Redaction.isSecretName(key)).as(key).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"name", "hostname", "keyboard", "timezone", "gpgkey", "gpgkeys", "pub_key", "public_key",
        "data_encoding", "description", "url", "minimal"})
    void namesThatDoNotLookSecret(String key) {
        assertThat(Redaction.isSecretName(key)).as(key).isFalse();
    }

    @Test
    void exposureFollowsTheSpecificationsSecretFields() {
        assertThat(Redaction.exposure(UserCustomization.class, "password")).isEqualTo(Redaction.Exposure.SECRET);
        assertThat(Redaction.exposure(UserCustomization.class, "key")).isEqualTo(Redaction.Exposure.SECRET);
        assertThat(Redaction.exposure(FirstbootScript.class, "host_config_key")).isEqualTo(Redaction.Exposure.SECRET);
        assertThat(Redaction.exposure(FileCustomization.class, "data")).isEqualTo(Redaction.Exposure.CONTENT);
        assertThat(Redaction.exposure(UserCustomization.class, "name")).isEqualTo(Redaction.Exposure.SHOWN);
    }

    @Test
    void toStringOfTheModelShowsNoSecret() {
        Map<String, Object> subscription = new LinkedHashMap<>();
        subscription.put("activation_key", "ACTKEY10");
        subscription.put("organization", 1234567);
        subscription.put("server_url", "https://rhsm:RHSMPASS@subscription.example.com");
        Blueprint blueprint = Blueprint.builder().name("web")
                .customizations(c -> c
                        .addUser(u -> u.name("admin").password("S3cretPassw0rd").key(PRIVATE_KEY)
                                .unknownKeys(Map.of("pasword", "TYPOPASS12")))
                        .addRepository(RepositoryCustomization.builder().id("r")
                                .baseurls(List.of("https://repo:REPOPASS3@repo.example.com/el9")).build())
                        .addFile(f -> f.path("/etc/motd").data("rootpw --plaintext FILEDATA"))
                        .unknownKeys(Map.of("subscription", subscription, "timezone_note", "a\nb")))
                .build();

        String text = blueprint.toString();

        assertThat(text).doesNotContain("S3cretPassw0rd", "PRIVATEBODY", "TYPOPASS12", "REPOPASS3", "FILEDATA",
                "ACTKEY10", "1234567", "RHSMPASS", "\n");
        assertThat(text).contains("name=admin", "password=<hidden, 14 characters>", "https://***@repo.example.com/el9",
                "activation_key=<hidden>", "a\\nb");
    }

    @Test
    void diagnosticsMaskAndEscapeWhateverMadeThem() {
        Diagnostic d = Diagnostic.error("X", "a", "\"https://u:SECRET@h/x\" is odd\n", "try\u001b[2K");

        assertThat(d.message()).isEqualTo("\"https://***@h/x\" is odd\\n");
        assertThat(d.hint()).isEqualTo("try\\u001b[2K");
    }

    @Test
    void noModelRecordShowsASecretInToString() throws Exception {
        Set<Class<?>> records = new LinkedHashSet<>();
        collect(Blueprint.class, records);

        assertThat(records).hasSizeGreaterThan(50);
        for (Class<?> type : records) {
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            Object[] arguments = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                arguments[i] = types[i] == boolean.class ? Boolean.FALSE
                        : types[i] == String.class ? "https://u:LEAK@example.com/\n"
                        : types[i] == Map.class ? Map.of("token", "LEAK") : null;
            }
            Record planted = (Record) type.getConstructor(types).newInstance(arguments);
            assertThat(planted.toString()).as(type.getSimpleName())
                    .startsWith(type.getSimpleName() + "[").doesNotContain("LEAK", "\n").contains("token=<hidden>");
        }
    }

    private static void collect(Class<?> type, Set<Class<?>> records) {
        if (!type.isRecord() || !records.add(type)) {
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getGenericType() instanceof ParameterizedType list && component.getType() == List.class) {
                collect((Class<?>) list.getActualTypeArguments()[0], records);
            } else {
                collect(component.getType(), records);
            }
        }
    }
}
