package io.github.blueprint4j.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.blueprint4j.diagnostic.BlueprintException;
import io.github.blueprint4j.diagnostic.Diagnostic;
import io.github.blueprint4j.model.DataSize;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a caller catches: one unchecked type for every problem with a document or a value, IOException for I/O. */
class ExceptionsTest {

    @Test
    void aDocumentThatCannotBeReadIsABlueprintExceptionWithEveryFinding() {
        BlueprintException e = catchThrowableOfType(BlueprintException.class,
                () -> Blueprints.readToml("name = 1\n[[customizations.user]]\nname = \"a\"\nuid = \"1000\"\n"));
        assertThat(e).isInstanceOf(BlueprintParseException.class);
        assertThat(e.diagnostics()).extracting(Diagnostic::code, Diagnostic::path, Diagnostic::line).containsExactly(
                tuple("GEN-TYPE-MISMATCH", "name", 1),
                tuple("USER-ID-INTEGER", "customizations.user[0].uid", 4));
    }

    @Test
    void aValueThatDoesNotParseIsABlueprintExceptionWithItsDiagnostic() {
        BlueprintException e = catchThrowableOfType(BlueprintException.class, () -> DataSize.parse("2 GB!"));
        assertThat(e.diagnostics()).extracting(Diagnostic::code, Diagnostic::message).containsExactly(
                tuple("GEN-TYPE-MISMATCH", "\"2 GB!\" has an unknown unit \"GB!\" (units are case-sensitive: kB, KiB, MB, MiB, GB, GiB, TB, TiB)"));
    }

    @Test
    void aFileThatCannotBeReadIsAnIoExceptionNotABlueprintException(@TempDir Path dir) {
        assertThat(catchThrowableOfType(IOException.class, () -> Blueprints.read(dir.resolve("missing.toml")))).isNotNull();
    }
}
