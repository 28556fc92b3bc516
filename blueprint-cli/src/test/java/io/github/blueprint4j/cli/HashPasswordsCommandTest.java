package io.github.blueprint4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HashPasswordsCommandTest {

    private static final String USERS = "name = \"web\" # the web server\n\n"
            + "[[customizations.user]]\n# the admin\nname = \"admin\"\npassword = \"secret\" # plain for now\n\n"
            + "[[customizations.user]]\nname = \"ops\"\npassword = \"$6$abcdefgh$hash\"\n";

    @TempDir
    Path dir;

    @Test
    void writeHashesOnlyThePlainTextPasswordsInPlace() throws IOException {
        Path file = Files.writeString(dir.resolve("web.toml"), USERS, StandardCharsets.UTF_8);

        Cli.Result result = Cli.run("hash-passwords", "--write", file.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo(file + ": admin" + System.lineSeparator());
        String written = Files.readString(file);
        assertThat(written).matches("(?s)name = \"web\" # the web server\n\n"
                + "\\[\\[customizations.user]]\n# the admin\nname = \"admin\"\npassword = \"\\$6\\$[./0-9A-Za-z]{16}\\$[./0-9A-Za-z]{86}\" # plain for now\n\n"
                + "\\[\\[customizations.user]]\nname = \"ops\"\npassword = \"\\$6\\$abcdefgh\\$hash\"\n");
    }

    @Test
    void aFileWithoutPlainPasswordsIsNotWritten() throws IOException {
        String hashed = "name = \"web\"\n\n[[customizations.user]]\nname = \"ops\"\npassword = \"$6$abcdefgh$hash\"\n";
        Path file = Files.writeString(dir.resolve("web.toml"), hashed, StandardCharsets.UTF_8);

        Cli.Result result = Cli.run("hash-passwords", "--write", file.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEmpty();
        assertThat(Files.readString(file)).isEqualTo(hashed);
    }

    @Test
    void withoutWriteTheDocumentIsPrinted() throws IOException {
        Path file = Files.writeString(dir.resolve("web.toml"), USERS, StandardCharsets.UTF_8);

        Cli.Result result = Cli.run("hash-passwords", file.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("name = \"web\" # the web server\n").doesNotContain("\"secret\"");
        assertThat(Files.readString(file)).isEqualTo(USERS);
        assertThat(Cli.run("hash-passwords", file.toString(), file.toString()).exitCode()).isEqualTo(2);
    }

    @Test
    void aJsonFileWhoseRewriteWouldDropAValueIsNeitherWrittenNorPrinted() throws IOException {
        // the empty password is removed, which JSON is not edited in place for: the document is written anew
        String json = "{\"name\": \"web\", \"customizations\": {\"user\": [{\"name\": \"admin\", \"password\": \"\"},"
                + " {\"name\": \"ops\", \"password\": \"secret\"}]}, \"extra\": [null]}";
        Path file = Files.writeString(dir.resolve("web.json"), json, StandardCharsets.UTF_8);

        Cli.Result printed = Cli.run("hash-passwords", file.toString());
        Cli.Result written = Cli.run("hash-passwords", "--write", file.toString());

        assertThat(printed.exitCode()).isEqualTo(1);
        assertThat(printed.out()).isEmpty();
        assertThat(written.exitCode()).isEqualTo(1);
        assertThat(written.err()).contains("warning GEN-VALUE-NOT-KEPT extra[0]", "The file is not written")
                .doesNotContain("secret");
        assertThat(Files.readString(file)).isEqualTo(json);
    }

    @Test
    void aJsonFileIsEditedInPlaceWhereOnlyThePasswordsChange() throws IOException {
        String json = "{\n  \"name\": \"web\",\n  \"customizations\": {\"user\": [{\"name\": \"admin\", \"password\": \"secret\"}]},"
                + "\n  \"extra\": [null]\n}\n";
        Path file = Files.writeString(dir.resolve("web.json"), json, StandardCharsets.UTF_8);

        Cli.Result result = Cli.run("hash-passwords", "--write", file.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(Files.readString(file)).matches("(?s)\\{\n  \"name\": \"web\",\n  \"customizations\": \\{\"user\": "
                + "\\[\\{\"name\": \"admin\", \"password\": \"\\$6\\$[./0-9A-Za-z]{16}\\$[./0-9A-Za-z]{86}\"}]},\n  "
                + "\"extra\": \\[null]\n}\n");
    }
}
