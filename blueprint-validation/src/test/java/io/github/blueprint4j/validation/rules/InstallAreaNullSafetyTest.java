package io.github.blueprint4j.validation.rules;

import static io.github.blueprint4j.validation.rules.InstallAreaChecks.blueprint;
import static io.github.blueprint4j.validation.rules.InstallAreaChecks.findingsUnder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.blueprint4j.diagnostic.Diagnostic;
import io.github.blueprint4j.model.Blueprint;
import org.junit.jupiter.api.Test;

/**
 * The install-area rules on empty and absent values: builder-made tables with every scalar
 * left {@code null} report exactly the required keys, and no validator throws on {@code null}.
 */
class InstallAreaNullSafetyTest {

    @Test
    void emptyTablesReportOnlyWhatIsRequired() {
        Blueprint bp = blueprint(c -> c.installationDevice(null)
                .fdo(f -> { })
                .openscap(o -> o.tailoring(t -> { }).jsonTailoring(j -> { }))
                .ignition(i -> i.embedded(e -> { }).firstboot(f -> { }))
                .installer(i -> i.kickstart(k -> { }).modules(m -> { }).bootloader(b -> b.grub2(g -> { }))
                        .payload(p -> p.flatpaks(f -> f.addForce(e -> { }))))
                .firstboot(f -> f.addScript(s -> { }))
                .iso(i -> { })
                .sshd(s -> { }));
        assertThat(findingsUnder(bp, "customizations"))
                .extracting(Diagnostic::code, Diagnostic::path)
                .containsExactlyInAnyOrder(
                        tuple("FDO-MFG-URL-REQUIRED", "customizations.fdo.manufacturing_server_url"),
                        tuple("FDO-DIUN-EXACTLY-ONE", "customizations.fdo"),
                        tuple("OSCAP-PROFILE-REQUIRED", "customizations.openscap.profile_id"),
                        tuple("OSCAP-TAILORING-EXCLUSIVE", "customizations.openscap.json_tailoring"),
                        tuple("OSCAP-JSON-FILEPATH", "customizations.openscap.json_tailoring.filepath"),
                        tuple("OSCAP-JSON-PROFILE", "customizations.openscap.json_tailoring.profile_id"),
                        tuple("IGN-EXCLUSIVE", "customizations.ignition.firstboot"),
                        tuple("IGN-EMBEDDED-CONFIG", "customizations.ignition.embedded.config"),
                        tuple("INST-FLATPAK-REGISTRY", "customizations.installer.payload.flatpaks.force[0].registry"),
                        tuple("FB-TYPE", "customizations.firstboot.scripts[0].type"),
                        tuple("ISO-VOLUME-ID", "customizations.iso.volume_id"));
    }

    @Test
    void noValidatorThrowsOnNull() {
        assertThat(new InstdevPathValidator().isValid(null, null)).isTrue();
        assertThat(new FdoMfgUrlRequiredValidator().isValid(null, null)).isFalse();
        assertThat(new FdoDiunExactlyOneValidator().isValid(null, null)).isTrue();
        assertThat(new IgnExclusiveValidator().isValid(null, null)).isTrue();
        assertThat(new IgnUrlEmptyExclusiveValidator().isValid(null, null)).isTrue();
        assertThat(new IgnEmbeddedBase64Validator().isValid(null, null)).isTrue();
        assertThat(new IgnEmbeddedConfigValidator().isValid(null, null)).isFalse();
        assertThat(new OscapProfileRequiredValidator().isValid(null, null)).isFalse();
        assertThat(new OscapTailoringExclusiveValidator().isValid(null, null)).isTrue();
        assertThat(new OscapJsonFilepathValidator().isValid(null, null)).isFalse();
        assertThat(new OscapJsonProfileValidator().isValid(null, null)).isFalse();
        assertThat(new InstKsUnattendedValidator().isValid(null, null)).isTrue();
        assertThat(new InstKsSudoValidator().isValid(null, null)).isTrue();
        assertThat(new InstUsersModuleValidator().isValid(null, null)).isTrue();
        assertThat(new InstModuleNamesValidator().isValid(null, null)).isTrue();
        assertThat(new InstFlatpakRegistryValidator().isValid(null, null)).isFalse();
        assertThat(new InstFlatpakUrlValidator().isValid(null, null)).isFalse();
        assertThat(new InstFlatpakRefValidator().isValid(null, null)).isTrue();
        assertThat(new InstFlatpakResetValidator().isValid(null, null)).isTrue();
        assertThat(new FbTypeValidator().isValid(null, null)).isFalse();
        assertThat(new FbKeysByTypeValidator().isValid(null, null)).isTrue();
        assertThat(new FbCustomContentsValidator().isValid(null, null)).isTrue();
        assertThat(new FbSatelliteCommandValidator().isValid(null, null)).isTrue();
        assertThat(new FbAapFieldsValidator().isValid(null, null)).isTrue();
        assertThat(new FbNameFormatValidator().isValid(null, null)).isTrue();
        assertThat(new FbNameUniqueValidator().isValid(null, null)).isTrue();
        assertThat(new FbUnitNamesValidator().isValid(null, null)).isTrue();
        assertThat(new IsoVolumeIdValidator().isValid(null, null)).isFalse();
        assertThat(new IsoVolumeIdLengthValidator().isValid(null, null)).isTrue();
        assertThat(new SshdPermitRootLoginValidator().isValid(null, null)).isTrue();
        assertThat(new SshdClientAliveValidator().isValid(null, null)).isTrue();
    }
}
