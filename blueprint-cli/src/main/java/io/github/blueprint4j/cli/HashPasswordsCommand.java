package io.github.blueprint4j.cli;

import io.github.blueprint4j.io.BlueprintDocument;
import io.github.blueprint4j.operations.BlueprintInitializer;
import io.github.blueprint4j.operations.InitializeResult;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code blueprint hash-passwords}: hashes the plain-text user passwords of blueprint files as the
 * server does on push, editing only the password lines.
 */
@Command(name = "hash-passwords",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Hashes the plain-text passwords of customizations.user[] as osbuild-composer does on push:"
                    + " each becomes a SHA-512 crypt hash with a random salt, an empty password is removed,"
                    + " and a password that is already a crypt hash ($6$, $5$, $2b$, $y$, ...) is kept.",
            "",
            "Only the password lines change; comments and layout stay as they are. A file that has to be"
                    + " written anew rather than edited (JSON) is neither written nor printed when that would drop"
                    + " a value a blueprint cannot hold (warning GEN-VALUE-NOT-KEPT, reported on standard error).",
            "Without --write, give exactly one FILE: the document goes to standard output.",
            "With --write, each FILE with a password to hash is rewritten in place, and the users whose"
                    + " password was hashed are listed on standard output as FILE: NAME, NAME."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Every file was handled.",
            "1:A file is not a readable blueprint, or writing it would drop a value a blueprint cannot hold.",
            "2:Usage error, or a file cannot be read or written (wins over 1)."
        })
final class HashPasswordsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--write", description = "Rewrite the files in place.")
    private boolean write;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "The blueprint files (.toml or .json); - reads standard input.")
    private List<String> files;

    /** What {@code -} reads; {@code null} for the process's standard input. */
    private final InputStream in;

    /** Creates the command; {@code -} reads the process's standard input. */
    HashPasswordsCommand() {
        this(null);
    }

    /**
     * Creates the command reading {@code -} from a stream.
     *
     * @param in the stream, or {@code null} for the process's standard input
     */
    HashPasswordsCommand(InputStream in) {
        this.in = in;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!write && files.size() > 1) {
            throw new ParameterException(spec.commandLine(), "Without --write, hash-passwords takes exactly one FILE.");
        }
        if (write) {
            BlueprintFiles.refuseStandardInput(spec, files, "--write rewrites files in place");
        }
        BlueprintInitializer initializer = new BlueprintInitializer();
        BlueprintFiles inputs = new BlueprintFiles(spec.commandLine().getErr(), in);
        for (String name : files) {
            BlueprintFiles.Loaded file = inputs.load(name).orElse(null);
            if (file == null) {
                continue;
            }
            BlueprintDocument document = file.document();
            InitializeResult result = initializer.hashPasswords(document.blueprint());
            BlueprintDocument updated = document.update(result.blueprint());
            if (!inputs.keepsEverything(file, updated.text())) {
                continue;
            }
            if (!write) {
                out.print(updated.text());
            } else if (updated != document && inputs.write(file.source(), updated.text())
                    && !result.hashedUsers().isEmpty()) {
                out.println(name + ": " + String.join(", ", result.hashedUsers()));
            }
        }
        return inputs.exitCode();
    }
}
