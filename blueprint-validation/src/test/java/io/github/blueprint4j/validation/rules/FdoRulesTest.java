package io.github.blueprint4j.validation.rules;

import static io.github.blueprint4j.validation.rules.InstallAreaChecks.blueprint;
import static io.github.blueprint4j.validation.rules.InstallAreaChecks.findings;
import static io.github.blueprint4j.validation.rules.InstallAreaChecks.findingsUnder;
import static io.github.blueprint4j.validation.rules.InstallAreaChecks.strictFindings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.blueprint4j.diagnostic.Diagnostic;
import io.github.blueprint4j.diagnostic.Severity;
import io.github.blueprint4j.model.Blueprint;
import io.github.blueprint4j.model.FdoCustomization;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The FDO rules: the manufacturing server URL and exactly one DIUN key verification method. */
class FdoRulesTest {

    private static final String URL = "https://fdo-mfg.example.net:8080";

    private static Blueprint fdo(Consumer<FdoCustomization.Builder> fdo) {
        return blueprint(c -> c.fdo(fdo));
    }

    @Test
    void aCompleteTableIsFine() {
        assertThat(findingsUnder(fdo(f -> f.manufacturingServerUrl(URL).diunPubKeyHash("sha256:3a5f")
                .diMfgStringTypeMacIface("enp1s0")), "customizations")).isEmpty();
        assertThat(findingsUnder(fdo(f -> f.manufacturingServerUrl(URL).diunPubKeyInsecure("true")), "customizations"))
                .isEmpty();
        assertThat(findingsUnder(fdo(f -> f.manufacturingServerUrl(URL).diunPubKeyRootCerts("PEM").diunPubKeyHash("")),
                "customizations")).isEmpty();
    }

    @Test
    void theManufacturingServerUrlIsRequired() {
        for (Blueprint bp : new Blueprint[] {fdo(f -> f.diunPubKeyInsecure("true")),
            fdo(f -> f.manufacturingServerUrl("").diunPubKeyInsecure("true"))}) {
            assertThat(findings(bp, "FDO-MFG-URL-REQUIRED"))
                    .extracting(Diagnostic::path, Diagnostic::severity, Diagnostic::message)
                    .containsExactly(tuple("customizations.fdo.manufacturing_server_url", Severity.WARNING,
                            "FDO needs a manufacturing server URL."));
            assertThat(strictFindings(bp, "FDO-MFG-URL-REQUIRED")).extracting(Diagnostic::severity)
                    .containsExactly(Severity.ERROR);
        }
    }

    @Test
    void noDiunKeyIsReportedAtTheTable() {
        Blueprint bp = fdo(f -> f.manufacturingServerUrl(URL).diunPubKeyHash(""));
        assertThat(findings(bp, "FDO-DIUN-EXACTLY-ONE"))
                .extracting(Diagnostic::path, Diagnostic::severity, Diagnostic::message)
                .containsExactly(tuple("customizations.fdo", Severity.WARNING,
                        "FDO needs exactly one of diun_pub_key_insecure, diun_pub_key_hash and diun_pub_key_root_certs."));
        assertThat(strictFindings(bp, "FDO-DIUN-EXACTLY-ONE")).extracting(Diagnostic::severity)
                .containsExactly(Severity.ERROR);
    }

    @Test
    void everyDiunKeyAfterTheFirstIsReportedAtItself() {
        assertThat(findings(fdo(f -> f.manufacturingServerUrl(URL).diunPubKeyInsecure("true").diunPubKeyHash("sha256:1")),
                "FDO-DIUN-EXACTLY-ONE"))
                .extracting(Diagnostic::path).containsExactly("customizations.fdo.diun_pub_key_hash");
        assertThat(findings(fdo(f -> f.manufacturingServerUrl(URL).diunPubKeyInsecure("true").diunPubKeyHash("sha256:1")
                .diunPubKeyRootCerts("PEM")), "FDO-DIUN-EXACTLY-ONE"))
                .extracting(Diagnostic::path)
                .containsExactly("customizations.fdo.diun_pub_key_hash", "customizations.fdo.diun_pub_key_root_certs");
        assertThat(findings(fdo(f -> f.manufacturingServerUrl(URL).diunPubKeyHash("sha256:1").diunPubKeyRootCerts("PEM")),
                "FDO-DIUN-EXACTLY-ONE"))
                .extracting(Diagnostic::path).containsExactly("customizations.fdo.diun_pub_key_root_certs");
    }

    @Test
    void anEmptyTableReportsBothRules() {
        assertThat(findingsUnder(fdo(f -> { }), "customizations"))
                .extracting(Diagnostic::code, Diagnostic::path)
                .containsExactlyInAnyOrder(
                        tuple("FDO-DIUN-EXACTLY-ONE", "customizations.fdo"),
                        tuple("FDO-MFG-URL-REQUIRED", "customizations.fdo.manufacturing_server_url"));
    }

    @Test
    void noTableNoFinding() {
        assertThat(findingsUnder(blueprint(c -> c.hostname("x")), "customizations.fdo")).isEmpty();
    }
}
