package io.github.blueprint4j.cli;

import io.github.blueprint4j.model.internal.Redaction;
import io.github.blueprint4j.operations.Versions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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
                    + " with leading zeros allowed."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:The version is printed.",
            "1:The server refuses the push: the pushed version is not a semantic version.",
            "2:Usage error."
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

    @Override
    public Integer call() {
        String version = pushed == null || pushed.isEmpty() ? Versions.DEFAULT : pushed;
        if (!Versions.isValid(version)) {
            spec.commandLine().getErr().println(Redaction.escape("error BP-VERSION-SEMVER: \"" + version
                    + "\" is not a semantic version MAJOR.MINOR.PATCH[-PRE][+BUILD]; the server refuses the push."));
            return ExitCodes.FAILED;
        }
        spec.commandLine().getOut().println(Versions.bump(stored, pushed));
        return ExitCodes.OK;
    }
}
