package io.github.blueprint4j.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.blueprint4j.diagnostic.Diagnostic;
import io.github.blueprint4j.diagnostic.Severity;
import io.github.blueprint4j.io.BlueprintReader;
import io.github.blueprint4j.io.ReadResult;
import io.github.blueprint4j.model.Blueprint;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks a target (distribution and image type) turns on. */
class TargetValidationTest {

    private static final BlueprintReader READER = BlueprintReader.builder().build();

    private static final String SERVER = """
            name = "server"
            version = "1.0.0"

            [[packages]]
            name = "nginx"

            [customizations]
            hostname = "web01"

            [customizations.kernel]
            name = "kernel-debug"
            append = "nosmt"

            [[customizations.filesystem]]
            mountpoint = "/var/log"
            minsize = "4 GiB"
            """;

    private static List<Diagnostic> check(String toml, String distro, String imageType, boolean strict) {
        ReadResult read = READER.readToml(toml);
        BlueprintValidator validator = BlueprintValidator.builder().profile(Profile.IMAGE_BUILDER)
                .target(Target.of(distro, imageType)).strict(strict).build();
        return validator.validate(read.blueprint(), read.sourceMap()).diagnostics();
    }

    private static List<Diagnostic> withCode(List<Diagnostic> diagnostics, String code) {
        return diagnostics.stream().filter(d -> d.code().equals(code)).toList();
    }

    @Test
    void tarOnRhel9FlagsTheFilesystemAndTheKernelArgumentsButNotTheKernelName() {
        List<Diagnostic> found = withCode(check(SERVER, "rhel-9.6", "tar", false), "IT-UNSUPPORTED-OPTION");
        assertThat(found).extracting(Diagnostic::path, Diagnostic::severity, Diagnostic::line, Diagnostic::column).containsExactly(
                tuple("customizations.kernel.append", Severity.WARNING, 12, 1),
                tuple("customizations.filesystem", Severity.WARNING, 14, 1));
        assertThat(found.get(1).message())
                .isEqualTo("customizations.filesystem is not supported by the image type tar of rhel-9.6: the build ignores it.");
        assertThat(found.get(1).hint()).contains("blueprint image-types");
    }

    @Test
    void qcow2AndItsAliasGuestImageSupportEverythingTheServerSets() {
        assertThat(withCode(check(SERVER, "rhel-9.6", "qcow2", false), "IT-UNSUPPORTED-OPTION")).isEmpty();
        assertThat(withCode(check(SERVER, "rhel-9.6", "guest-image", false), "IT-UNSUPPORTED-OPTION")).isEmpty();
        assertThat(Target.of("rhel-9.6", "guest-image").imageType().name()).isEqualTo("qcow2");
    }

    @Test
    void strictModeMakesImageTypeFindingsErrors() {
        assertThat(withCode(check(SERVER, "rhel-9.6", "tar", true), "IT-UNSUPPORTED-OPTION"))
                .extracting(Diagnostic::severity).containsOnly(Severity.ERROR);
    }

    @Test
    void theSimplifiedInstallerRequiresAnInstallationDevice() {
        String toml = """
                name = "edge"
                [customizations]
                fips = true
                [customizations.fdo]
                manufacturing_server_url = "https://fdo.example.com"
                diun_pub_key_insecure = "true"
                """;
        List<Diagnostic> found = check(toml, "rhel-9.6", "edge-simplified-installer", false);
        assertThat(withCode(found, "IT-REQUIRED-OPTION")).extracting(Diagnostic::path, Diagnostic::severity, Diagnostic::line)
                .containsExactly(tuple("customizations.installation_device", Severity.WARNING, 2));
        assertThat(withCode(found, "IT-REQUIRED-OPTION").get(0).message()).isEqualTo(
                "The image type edge-simplified-installer of rhel-9.6 requires customizations.installation_device,"
                        + " and the blueprint does not set it.");
        assertThat(withCode(found, "IT-UNSUPPORTED-OPTION")).isEmpty();
        String withDevice = toml.replace("fips = true", "fips = true\ninstallation_device = \"/dev/vda\"");
        assertThat(withCode(check(withDevice, "rhel-9.6", "edge-simplified-installer", false), "IT-REQUIRED-OPTION")).isEmpty();
        assertThat(withCode(check("name = \"x\"\n", "fedora-43", "iot-simplified-installer", true), "IT-REQUIRED-OPTION"))
                .extracting(Diagnostic::path, Diagnostic::severity, Diagnostic::line, Diagnostic::column)
                .containsExactly(tuple("customizations.installation_device", Severity.ERROR, 1, 1));
    }

    @Test
    void ostreeTypesUseTheOstreePathPoliciesForFilesAndDirectories() {
        String toml = """
                name = "edge"
                [[customizations.files]]
                path = "/opt/app/config"
                data = "x"
                [[customizations.directories]]
                path = "/var/lib/app"
                [[customizations.files]]
                path = "/etc/app.conf"
                data = "y"
                """;
        assertThat(check(toml, "rhel-9.6", "qcow2", false)).extracting(Diagnostic::code)
                .doesNotContain("FILES-POLICY", "DIRS-POLICY");
        List<Diagnostic> ostree = check(toml, "rhel-9.6", "edge-commit", false).stream().filter(Diagnostic::isError).toList();
        assertThat(ostree).extracting(Diagnostic::code, Diagnostic::path, Diagnostic::line)
                .containsExactly(
                        tuple("FILES-POLICY", "customizations.files[0].path", 3),
                        tuple("DIRS-POLICY", "customizations.directories[0].path", 6));
        assertThat(ostree.get(0).message()).contains("files-ostree");
        assertThat(Target.of("rhel-9.6", "edge-commit").pathPolicies())
                .hasToString("mountpoints-default,files-ostree,directories-ostree");
        assertThat(Target.of("rhel-9.6", "qcow2").pathPolicies()).hasToString(PathPolicies.defaults().toString());
    }

    @Test
    void strictModeAddsTheOstreeMountpointTableOlderReleasesApplied() {
        String toml = "name = \"edge\"\n[[customizations.filesystem]]\nmountpoint = \"/home\"\nminsize = 1024\n";
        assertThat(check(toml, "rhel-9.6", "edge-raw-image", false)).extracting(Diagnostic::code)
                .doesNotContain("FS-MOUNTPOINT-POLICY");
        assertThat(check(toml, "rhel-9.6", "edge-raw-image", true)).filteredOn(Diagnostic::isError)
                .extracting(Diagnostic::code, Diagnostic::path)
                .containsExactly(tuple("FS-MOUNTPOINT-POLICY", "customizations.filesystem[0].mountpoint"));
    }

    @Test
    void explicitPoliciesWinOverTheTargets() {
        BlueprintValidator validator = BlueprintValidator.builder().target(Target.of("rhel-9.6", "edge-commit"))
                .policies(PathPolicies.none()).build();
        assertThat(validator.policies()).isSameAs(PathPolicies.none());
        assertThat(validator.target()).isEqualTo(Target.of("rhel-9.6", "rhel-edge-commit"));
    }

    @Test
    void partitioningModesAreCheckedAgainstTheImageType() {
        String toml = "name = \"iot\"\n[customizations]\npartitioning_mode = \"raw\"\n";
        List<Diagnostic> found = withCode(check(toml, "fedora-43", "iot-raw-image", false), "PM-IMAGE-TYPE");
        assertThat(found).extracting(Diagnostic::path, Diagnostic::severity, Diagnostic::line)
                .containsExactly(tuple("customizations.partitioning_mode", Severity.WARNING, 3));
        assertThat(found.get(0).message()).isEqualTo(
                "The image type iot-raw-xz of fedora-43 does not accept the partitioning mode \"raw\"; it accepts no mode, \"auto-lvm\", \"lvm\".");
        assertThat(withCode(check(toml, "rhel-8.10", "edge-raw-image", false), "PM-IMAGE-TYPE")).isEmpty();
        assertThat(withCode(check(toml, "rhel-9.6", "qcow2", false), "PM-IMAGE-TYPE")).isEmpty();
        assertThat(withCode(check("name = \"x\"\n", "fedora-43", "iot-raw-image", false), "PM-IMAGE-TYPE")).isEmpty();
    }

    @Test
    void bootcDiskImagesAcceptOnlyRootBootAndDirectoriesBelowVar() {
        String toml = """
                [[customizations.filesystem]]
                mountpoint = "/var/log"
                minsize = 1024
                [[customizations.filesystem]]
                mountpoint = "/var"
                minsize = 1024
                [[customizations.filesystem]]
                mountpoint = "/opt"
                minsize = 1024
                [[customizations.filesystem]]
                mountpoint = "/var/home"
                minsize = 1024
                """;
        List<Diagnostic> found = withCode(check(toml, "bootc-generic", "qcow2", false), "FS-BOOTC-POLICY");
        assertThat(found).extracting(Diagnostic::path, Diagnostic::severity).containsExactly(
                tuple("customizations.filesystem[1].mountpoint", Severity.ERROR),
                tuple("customizations.filesystem[2].mountpoint", Severity.ERROR),
                tuple("customizations.filesystem[3].mountpoint", Severity.ERROR));
        assertThat(found.get(0).message()).isEqualTo("The mountpoint /var is not allowed on bootc disk images"
                + " (mountpoints-bootc): only what is below /var is allowed, not /var itself.");
        assertThat(withCode(check(toml, "rhel-9.6", "qcow2", false), "FS-BOOTC-POLICY")).isEmpty();
        String disk = "[[customizations.disk.partitions]]\ntype = \"plain\"\nmountpoint = \"/opt\"\nfs_type = \"xfs\"\nminsize = 1024\n";
        assertThat(check(disk, "bootc-generic", "qcow2", false)).filteredOn(Diagnostic::isError).isEmpty();
    }

    @Test
    void openScapProfilesAndReleasesOfTheDistribution() {
        String toml = "name = \"x\"\n[customizations.openscap]\nprofile_id = \"xccdf_org.ssgproject.content_profile_standard\"\n";
        assertThat(withCode(check(toml, "rhel-9.6", "qcow2", false), "OSCAP-PROFILE-ALLOWED"))
                .extracting(Diagnostic::path, Diagnostic::line).containsExactly(tuple("customizations.openscap.profile_id", 3));
        assertThat(withCode(check(toml, "fedora-43", "qcow2", false), "OSCAP-PROFILE-ALLOWED")).isEmpty();
        String cis = toml.replace("xccdf_org.ssgproject.content_profile_standard", "cis");
        assertThat(withCode(check(cis, "rhel-9.6", "qcow2", false), "OSCAP-PROFILE-ALLOWED")).isEmpty();
        assertThat(withCode(check(cis, "rhel-7.9", "qcow2", false), "OSCAP-PROFILE-ALLOWED").get(0).message())
                .isEqualTo("rhel-7.9 does not allow the OpenSCAP profile \"cis\"; allowed profiles: none.");
        assertThat(withCode(check(cis, "rhel-9.0", "qcow2", false), "OSCAP-MIN-VERSION"))
                .extracting(Diagnostic::path).containsExactly("customizations.openscap");
        assertThat(withCode(check(cis, "rhel-8.6", "qcow2", false), "OSCAP-MIN-VERSION")).hasSize(1);
        assertThat(withCode(check(cis, "rhel-8.7", "qcow2", false), "OSCAP-MIN-VERSION")).isEmpty();
        assertThat(withCode(check(cis, "rhel-9", "qcow2", false), "OSCAP-MIN-VERSION")).isEmpty();
        assertThat(withCode(check(cis, "centos-9", "qcow2", false), "OSCAP-MIN-VERSION")).isEmpty();
    }

    @Test
    void customMountpointsNeedRhel85() {
        String toml = "[[customizations.filesystem]]\nmountpoint = \"/\"\nminsize = 1024\n"
                + "[[customizations.filesystem]]\nmountpoint = \"/var\"\nminsize = 1024\n";
        assertThat(withCode(check(toml, "rhel-8.4", "qcow2", false), "FS-RHEL8-MIN"))
                .extracting(Diagnostic::path, Diagnostic::severity)
                .containsExactly(tuple("customizations.filesystem[1].mountpoint", Severity.WARNING));
        assertThat(withCode(check(toml, "rhel-8.5", "qcow2", false), "FS-RHEL8-MIN")).isEmpty();
        assertThat(withCode(check(toml, "rhel-9.0", "qcow2", false), "FS-RHEL8-MIN")).isEmpty();
    }

    @Test
    void swapOnRhel8ForAarch64() {
        String toml = """
                architecture = "aarch64"
                [[customizations.disk.partitions]]
                type = "plain"
                fs_type = "swap"
                minsize = 1024
                [[customizations.disk.partitions]]
                type = "lvm"
                minsize = 1024
                [[customizations.disk.partitions.logical_volumes]]
                fs_type = "swap"
                minsize = 1024
                """;
        assertThat(withCode(check(toml, "rhel-8.10", "qcow2", false), "DISK-SWAP-RHEL8-AARCH64"))
                .extracting(Diagnostic::path, Diagnostic::line).containsExactly(
                        tuple("customizations.disk.partitions[0].fs_type", 4),
                        tuple("customizations.disk.partitions[1].logical_volumes[0].fs_type", 10));
        assertThat(withCode(check(toml.replace("aarch64", "x86_64"), "rhel-8.10", "qcow2", false), "DISK-SWAP-RHEL8-AARCH64")).isEmpty();
        assertThat(withCode(check(toml, "rhel-9.6", "qcow2", false), "DISK-SWAP-RHEL8-AARCH64")).isEmpty();
    }

    @Test
    void firstBootIgnitionNeedsAUrlExceptOnBootcTypes() {
        String toml = "[customizations.ignition.firstboot]\nempty = true\n";
        assertThat(withCode(check(toml, "rhel-9.6", "edge-simplified-installer", false), "IGN-FIRSTBOOT-URL-REQUIRED"))
                .extracting(Diagnostic::path).containsExactly("customizations.ignition.firstboot.url");
        assertThat(withCode(check(toml, "bootc-generic", "qcow2", false), "IGN-FIRSTBOOT-URL-REQUIRED")).isEmpty();
        String url = "[customizations.ignition.firstboot]\nurl = \"https://ign.example.com\"\n";
        assertThat(withCode(check(url, "rhel-9.6", "edge-simplified-installer", false), "IGN-FIRSTBOOT-URL-REQUIRED")).isEmpty();
    }

    @Test
    void documentedImageTypeStatements() {
        String fips = "[customizations]\nfips = true\n";
        assertThat(withCode(check(fips, "rhel-9.6", "qcow2", false), "FIPS-IMAGE-TYPES-DOC"))
                .extracting(Diagnostic::severity).containsExactly(Severity.WARNING);
        assertThat(withCode(check(fips, "rhel-9.6", "edge-raw-image", false), "FIPS-IMAGE-TYPES-DOC")).isEmpty();
        assertThat(withCode(check(fips, "rhel-9.6", "tar", false), "FIPS-IMAGE-TYPES-DOC")).isEmpty();
        assertThat(withCode(check(fips, "rhel-9.6", "tar", false), "IT-UNSUPPORTED-OPTION")).hasSize(1);
        String cloud = "[customizations.timezone]\nntpservers = [\"0.pool.ntp.org\"]\n[customizations.firewall]\nports = [\"22:tcp\"]\n";
        assertThat(check(cloud, "rhel-9.6", "gce", false)).extracting(Diagnostic::code, Diagnostic::severity)
                .contains(tuple("TZ-NTP-PINNED", Severity.INFO), tuple("FW-TEMPLATE-DISABLED", Severity.INFO));
        assertThat(check(cloud, "rhel-9.6", "openstack", false)).extracting(Diagnostic::code)
                .contains("FW-TEMPLATE-DISABLED").doesNotContain("TZ-NTP-PINNED");
        assertThat(check(cloud, "rhel-9.6", "qcow2", false)).extracting(Diagnostic::code)
                .doesNotContain("FW-TEMPLATE-DISABLED", "TZ-NTP-PINNED");
    }

    @Test
    void withoutATargetNoImageTypeCheckRuns() {
        Blueprint bp = READER.readToml(SERVER + "[customizations.openscap]\nprofile_id = \"nope\"\n").blueprint();
        assertThat(BlueprintValidator.builder().build().validate(bp).diagnostics()).extracting(Diagnostic::code)
                .doesNotContain("IT-UNSUPPORTED-OPTION", "IT-REQUIRED-OPTION", "OSCAP-PROFILE-ALLOWED");
    }

    @Test
    void everyOptionAnImageTypeDoesNotListIsReportedWhereItIsWritten() {
        String toml = """
                name = "all"
                distro = "rhel-9.6"
                architecture = "x86_64"
                [[packages]]
                name = "vim"
                [customizations]
                hostname = "h"
                fips = false
                [customizations.sshd]
                client_alive_interval = 30
                """;
        assertThat(withCode(check(toml, "rhel-9.6", "bare_metal", false), "IT-UNSUPPORTED-OPTION"))
                .extracting(Diagnostic::path, Diagnostic::line).containsExactly(
                        tuple("distro", 2), tuple("architecture", 3), tuple("packages", 4),
                        tuple("customizations.hostname", 7), tuple("customizations.fips", 8), tuple("customizations.sshd", 9));
        assertThat(withCode(check(toml, "rhel-9.6", "qcow2", false), "IT-UNSUPPORTED-OPTION"))
                .extracting(Diagnostic::path).containsExactly("architecture");
    }
}
