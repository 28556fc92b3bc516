package io.github.blueprint4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installable distribution as a user gets it: the archives built by {@code package} are
 * unpacked into a fresh directory and {@code bin/blueprint} is run from elsewhere, through a
 * symbolic link, with and without its class-data-sharing archive.
 */
class DistributionIT {

    private static final String VERSION = System.getProperty("project.version");
    private static final Path TARGET = Path.of(System.getProperty("project.build.directory", "target"));

    @TempDir
    static Path work;

    private static Path installation;

    @BeforeAll
    static void unpackTarball() throws Exception {
        Path tarball = TARGET.resolve("blueprint-cli-" + VERSION + "-bin.tar.gz");
        assertThat(tarball).exists();
        Path into = Files.createDirectories(work.resolve("tar"));
        Process tar = new ProcessBuilder("tar", "xzf", tarball.toString(), "-C", into.toString())
                .inheritIO().start();
        assertThat(tar.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(tar.exitValue()).isZero();
        installation = into.resolve("blueprint-" + VERSION);
    }

    @Test
    void tarballHoldsLaunchersJarLicenceAndNotices() {
        assertThat(installation.resolve("bin/blueprint")).isExecutable();
        assertThat(installation.resolve("bin/blueprint.bat")).isRegularFile();
        assertThat(installation.resolve("lib/blueprint.jar")).isRegularFile();
        assertThat(installation.resolve("LICENSE")).content().contains("Apache License");
        assertThat(installation.resolve("NOTICE")).isRegularFile();
        assertThat(installation.resolve("THIRD-PARTY.txt")).content().contains("picocli", "jackson-databind");
    }

    @Test
    void validatesFromAnotherDirectoryAndWritesThenUsesItsArchive() throws Exception {
        Path cache = Files.createDirectories(work.resolve("cache"));
        Path blueprint = Files.writeString(work.resolve("web.toml"),
                "name = \"web\"\nversion = \"1.0.0\"\n[customizations]\nhostname = \"web01\"\n");
        Path elsewhere = Files.createDirectories(work.resolve("elsewhere"));

        Result first = run(elsewhere, Map.of("XDG_CACHE_HOME", cache.toString()),
                installation.resolve("bin/blueprint").toString(), "validate", blueprint.toString());
        assertThat(first.exitCode).as(first.err).isZero();
        assertThat(first.out).isEmpty();
        assertThat(first.err).isEqualTo("1 file checked, no errors\n");
        // the archive is written by a background job after the first run; its temporary files go at its end
        List<String> written = awaitOneFile(cache.resolve("blueprint4j"), ".jsa");
        assertThat(written).singleElement().satisfies(name -> assertThat(name).matches("blueprint-\\d+\\.jsa"));

        Result second = run(elsewhere, Map.of("XDG_CACHE_HOME", cache.toString()),
                installation.resolve("bin/blueprint").toString(), "validate", blueprint.toString());
        assertThat(second).isEqualTo(first);

        // with -Xshare:on the JVM refuses to start unless it maps the archive; picocli's classes
        // (of an old class-file version, which Java 17's dynamic archives leave out) come from it
        Path loaded = work.resolve("loaded.log");
        Result shared = run(elsewhere, Map.of("XDG_CACHE_HOME", cache.toString(),
                        "BLUEPRINT_OPTS", "-Xshare:on -Xlog:class+load:file=" + loaded),
                installation.resolve("bin/blueprint").toString(), "validate", blueprint.toString());
        assertThat(shared).isEqualTo(first);
        assertThat(loaded).content()
                .contains("picocli.CommandLine source: shared objects file")
                .contains("io.github.blueprint4j.cli.ValidateCommand source: shared objects file");
    }

    @Test
    void aJdkThatCannotWriteTheArchiveIsRememberedAndRunsWithoutOne() throws Exception {
        // a JDK whose java refuses -Xshare:dump and otherwise runs this JVM's java
        Path jdk = Files.createDirectories(work.resolve("jdk-without-dump/bin"));
        Path java = Files.writeString(jdk.resolve("java"), "#!/bin/sh\n"
                + "for a in \"$@\"; do [ \"$a\" = -Xshare:dump ] && exit 1; done\n"
                + "exec '" + Path.of(System.getProperty("java.home"), "bin", "java") + "' \"$@\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path cache = Files.createDirectories(work.resolve("cache-without-dump"));
        Path blueprint = Files.writeString(work.resolve("db.toml"), "name = \"db\"\n");
        Map<String, String> environment = Map.of("XDG_CACHE_HOME", cache.toString(),
                "JAVA_HOME", jdk.getParent().toString());

        Result first = run(work, environment, installation.resolve("bin/blueprint").toString(), "validate",
                blueprint.toString());
        assertThat(first.exitCode).as(first.err).isZero();
        List<String> written = awaitOneFile(cache.resolve("blueprint4j"), ".unable");
        assertThat(written).singleElement().satisfies(name -> assertThat(name).matches("blueprint-\\d+\\.unable"));

        Result second = run(work, environment, installation.resolve("bin/blueprint").toString(), "validate",
                blueprint.toString());
        assertThat(second).isEqualTo(first);
        assertThat(names(cache.resolve("blueprint4j"))).isEqualTo(written);
    }

    @Test
    void runsThroughASymbolicLinkWithoutTheArchive() throws Exception {
        Path links = Files.createDirectories(work.resolve("links"));
        Path link = Files.createSymbolicLink(links.resolve("blueprint"), installation.resolve("bin/blueprint"));
        Path broken = Files.writeString(work.resolve("broken.toml"), "name = \"x\"\nversion = 1\n");

        Result result = run(links, Map.of("BLUEPRINT_CDS", "0"), link.toString(), "validate", broken.toString());

        assertThat(result.exitCode).isEqualTo(1);
        assertThat(result.out).contains(broken + ":2:1: error GEN-TYPE-MISMATCH version:");
    }

    @Test
    void zipHoldsTheSameInstallation() throws IOException {
        Path zip = TARGET.resolve("blueprint-cli-" + VERSION + "-bin.zip");
        List<String> names = new ArrayList<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
                if (!entry.isDirectory()) {
                    names.add(entry.getName());
                }
            }
        }
        String root = "blueprint-" + VERSION + "/";
        assertThat(names).containsExactlyInAnyOrder(root + "bin/blueprint", root + "bin/blueprint.bat",
                root + "lib/blueprint.jar", root + "LICENSE", root + "NOTICE", root + "THIRD-PARTY.txt");
        assertThat(Files.getPosixFilePermissions(installation.resolve("bin/blueprint")))
                .contains(PosixFilePermission.OWNER_EXECUTE);
    }

    /** Waits up to a minute for the launcher's background job to leave one file, of this suffix, and no other. */
    private static List<String> awaitOneFile(Path directory, String suffix) throws Exception {
        List<String> written = List.of();
        for (long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60); System.nanoTime() < deadline; ) {
            written = names(directory);
            if (written.size() == 1 && written.get(0).endsWith(suffix)) {
                break;
            }
            Thread.sleep(200);
        }
        return written;
    }

    private static List<String> names(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private record Result(int exitCode, String out, String err) {
    }

    private static Result run(Path directory, Map<String, String> environment, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8),
                new String(err, StandardCharsets.UTF_8));
    }
}
