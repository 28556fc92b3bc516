package io.github.blueprint4j.cli;

import io.github.blueprint4j.model.internal.Redaction;
import io.github.blueprint4j.io.BlueprintDocument;
import io.github.blueprint4j.operations.Versions;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code blueprint bump}: prints the version osbuild-composer stores when a blueprint is pushed. */
@Command(name = "bump",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Prints the version osbuild-composer stores when a blueprint with version --pushed is pushed"
                    + " over a stored one with version --stored.",
            "",
            "  - An empty or missing pushed version counts as 0.0.0.",
            "  - The same version string: the stored version with PATCH + 1, without pre-release and"
                    + " build metadata (1.2.3-rc.1 -> 1.2.4; 01.2.3 -> 1.2.4).",
            "  - A different version, even a lower one: the pushed version as it is.",
            "  - A stored version that is not a semantic version: the pushed version.",
            "  - Without --stored (no blueprint of that name is stored yet): the pushed version.",
            "",
            "Versions are read as the server reads them: MAJOR.MINOR.PATCH[-PRE][+BUILD], numbers"
                    + " with leading zeros allowed.",
            "",
            "With --write FILE, the pushed version is the file's, and the version the server stores"
                    + " is written into the file in place, changing only its version line (comments and"
                    + " layout stay); without --stored, the stored version is the file's own, as when the"
                    + " same file is pushed again: 1.2.3 becomes 1.2.4. The new version is printed. A file"
                    + " that has to be written anew rather than edited (JSON) is not written when that would"
                    + " drop a value a blueprint cannot hold (warning GEN-VALUE-NOT-KEPT, reported)."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:The version is printed (and with --write, written).",
            "1:The server refuses the push: the pushed version is not a semantic version; or the file"
                    + " is not a readable blueprint, or writing it would drop a value a blueprint cannot hold.",
            "2:Usage error, or the file cannot be read or written."
        })
final class BumpCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--stored", paramLabel = "VERSION",
            description = "The version of the stored blueprint; leave out when none of that name is stored.")
    private String stored;

    @Option(names = "--pushed", paramLabel = "VERSION",
            description = "The version of the pushed blueprint; leave out or give \"\" for none.")
    private String pushed;

    @Option(names = "--write", paramLabel = "FILE",
            description = "Write the stored version into this blueprint file, whose version is the pushed one.")
    private String write;

    @Override
    public Integer call() {
        if (write != null) {
            if (pushed != null) {
                throw new ParameterException(spec.commandLine(),
                        "--pushed and --write exclude each other: with --write the pushed version is the file's.");
            }
            BlueprintFiles.refuseStandardInput(spec, List.of(write), "--write rewrites the file in place");
            return writeFile();
        }
        if (!accepted(pushed)) {
            return ExitCodes.FAILED;
        }
        spec.commandLine().getOut().println(Versions.bump(stored, pushed));
        return ExitCodes.OK;
    }

    private int writeFile() {
        BlueprintFiles inputs = new BlueprintFiles(spec.commandLine().getErr(), null);
        BlueprintFiles.Loaded file = inputs.load(write).orElse(null);
        if (file == null) {
            return inputs.exitCode();
        }
        BlueprintDocument document = file.document();
        String version = document.blueprint().version();
        if (!accepted(version)) {
            return ExitCodes.FAILED;
        }
        String bumped = Versions.bump(stored != null ? stored : version, version);
        BlueprintDocument updated = document.update(document.blueprint().toBuilder().version(bumped).build());
        if (updated != document && (!inputs.keepsEverything(file, updated.text())
                || !inputs.write(file.source(), updated.text()))) {
            return inputs.exitCode();
        }
        spec.commandLine().getOut().println(bumped);
        return ExitCodes.OK;
    }

    /** Tells whether the server accepts a pushed version, reporting it when not. */
    private boolean accepted(String pushedVersion) {
        String version = pushedVersion == null || pushedVersion.isEmpty() ? Versions.DEFAULT : pushedVersion;
        if (Versions.isValid(version)) {
            return true;
        }
        spec.commandLine().getErr().println(Redaction.escape("error BP-VERSION-SEMVER: \"" + version
                + "\" is not a semantic version MAJOR.MINOR.PATCH[-PRE][+BUILD]; the server refuses the push."));
        return false;
    }
}
