package io.github.blueprint4j.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.blueprint4j.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * The reader's messages follow the redaction policy: a password, a key or a host_config_key of
 * the wrong type is described by its type, never by its value; URLs have their credentials
 * masked; control characters are escaped.
 */
class SecretMessagesTest {

    private static final BlueprintReader READER = BlueprintReader.builder().build();

    private static Diagnostic only(String document, Format format) {
        BlueprintParseException e = catchThrowableOfType(BlueprintParseException.class, () -> READER.read(document, format));
        assertThat(e.diagnostics()).hasSize(1);
        assertThat(e.getMessage()).doesNotContain("12345678901", "98765432123", "SECRET");
        return e.diagnostics().get(0);
    }

    @Test
    void anIntegerPasswordIsDescribedByItsTypeAlone() {
        Diagnostic d = only("[[customizations.user]]\nname = \"a\"\npassword = 12345678901\n", Format.TOML);

        assertThat(d.code()).isEqualTo("GEN-TYPE-MISMATCH");
        assertThat(d.path()).isEqualTo("customizations.user[0].password");
        assertThat(d.line()).isEqualTo(3);
        assertThat(d.message()).isEqualTo("The value of \"password\" must be a string, but it is an integer.");
        assertThat(d.hint()).isEqualTo("write password = \"...\", the value in quotes");
    }

    @Test
    void aBooleanPasswordInJsonIsDescribedByItsTypeAlone() {
        Diagnostic d = only("{\"customizations\": {\"user\": [{\"name\": \"a\", \"password\": true}]}}", Format.JSON);

        assertThat(d.message()).isEqualTo("The value of \"password\" must be a string, but it is a boolean.");
        assertThat(d.hint()).isEqualTo("write \"password\": \"...\", the value in quotes");
    }

    @Test
    void anIntegerHostConfigKeyIsDescribedByItsTypeAlone() {
        Diagnostic d = only("[[customizations.firstboot.scripts]]\ntype = \"aap\"\nhost_config_key = 98765432123\n",
                Format.TOML);

        assertThat(d.path()).isEqualTo("customizations.firstboot.scripts[0].host_config_key");
        assertThat(d.message()).isEqualTo("The value of \"host_config_key\" must be a string, but it is an integer.");
    }

    @Test
    void aSshKeyOfTheWrongTypeIsDescribedByItsTypeAlone() {
        Diagnostic d = only("[[customizations.sshkey]]\nuser = \"a\"\nkey = 12345678901\n", Format.TOML);

        assertThat(d.message()).isEqualTo("The value of \"key\" must be a string, but it is an integer.");
    }

    @Test
    void otherValuesOfTheWrongTypeAreStillShown() {
        Diagnostic d = only("[customizations]\nhostname = 12345\n", Format.TOML);

        assertThat(d.message()).isEqualTo("The value of \"hostname\" must be a string, but it is an integer (12345).");
        assertThat(d.hint()).isEqualTo("write hostname = \"12345\"");
    }

    @Test
    void theFileUriSchemeErrorMasksTheCredentials() {
        Diagnostic d = only("[[customizations.files]]\npath = \"/etc/x\"\nuri = \"https://u:SECRET@host.example.com/x\"\n",
                Format.TOML);

        assertThat(d.code()).isEqualTo("FILE-URI-SCHEME");
        assertThat(d.message()).isEqualTo("\"https://***@host.example.com/x\" does not name a local file.");
    }

    @Test
    void aLongUrlIsMaskedBeforeItIsCut() {
        Diagnostic d = only("[[customizations.user]]\nname = \"a\"\n"
                + "uid = \"https://user:SECRETSECRETSECRETSECRET@example.com/a\"\n", Format.TOML);

        assertThat(d.code()).isEqualTo("USER-ID-INTEGER");
        assertThat(d.message()).isEqualTo(
                "The value of \"uid\" must be an integer, but it is a string (\"https://***@example.com/a\").");
    }

    @Test
    void controlCharactersInValuesAndKeysAreEscaped() {
        BlueprintParseException e = catchThrowableOfType(BlueprintParseException.class, () -> READER.readToml(
                "[[customizations.files]]\npath = \"/etc/x\"\nmode = \"07\\n55\\u001b[2K\"\n"));

        assertThat(e.diagnostics()).extracting(Diagnostic::message)
                .containsExactly("\"07\\n55\\u001b[2K\" is not a file mode.");
        ReadResult result = READER.readToml("[customizations]\n\"a\\u202eb\" = 1\n");
        assertThat(result.diagnostics()).extracting(Diagnostic::message)
                .containsExactly("\"a\\u202eb\" is not a key of customizations; the server ignores it.");
    }

    @Test
    void anUnknownKeysIntegerBeyond64BitsIsDescribedByItsLength() {
        BlueprintParseException e = catchThrowableOfType(BlueprintParseException.class,
                () -> READER.readToml("[[customizations.user]]\nname = \"a\"\npasword = 123456789012345678901234\n"));

        assertThat(e.diagnostics()).extracting(Diagnostic::code, Diagnostic::path, Diagnostic::message).contains(
                tuple("GEN-SYNTAX", "customizations.user[0].pasword",
                        "An integer of 24 digits is outside the range of a TOML integer (64 bits)."));
        assertThat(e.getMessage()).doesNotContain("123456789012345678901234");
    }

    @Test
    void anUnquotedJsonValueIsNotQuotedBackInTheSyntaxError() {
        Diagnostic d = only("{\"customizations\": {\"user\": [{\"name\": \"a\", \"password\": hunter2SECRET}]}}",
                Format.JSON);

        assertThat(d.code()).isEqualTo("GEN-SYNTAX");
        assertThat(d.line()).isEqualTo(1);
        assertThat(d.message()).startsWith("The document is not valid JSON: unrecognized token: was expecting");
    }
}
