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
import io.github.blueprint4j.model.OpenScapCustomization;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The OpenSCAP rules: the profile id, one tailoring method, and the JSON tailoring keys. */
class OpenScapRulesTest {

    private static final String PROFILE = "xccdf_org.ssgproject.content_profile_cis_server_l1";

    private static Blueprint openscap(Consumer<OpenScapCustomization.Builder> openscap) {
        return blueprint(c -> c.openscap(openscap));
    }

    @Test
    void completeTablesAreFine() {
        assertThat(findingsUnder(openscap(o -> o.profileId(PROFILE).tailoring(t -> t.selected("rule_a"))), "customizations"))
                .isEmpty();
        assertThat(findingsUnder(openscap(o -> o.profileId(PROFILE)
                .jsonTailoring(j -> j.profileId("stig_relaxed").filepath("/etc/osbuild/tailoring.json"))), "customizations"))
                .isEmpty();
    }

    @Test
    void theProfileIdIsRequired() {
        for (Blueprint bp : new Blueprint[] {openscap(o -> o.datastream("/usr/share/xml/scap/ds.xml")),
            openscap(o -> o.profileId(""))}) {
            assertThat(findings(bp, "OSCAP-PROFILE-REQUIRED"))
                    .extracting(Diagnostic::path, Diagnostic::severity, Diagnostic::message)
                    .containsExactly(tuple("customizations.openscap.profile_id", Severity.WARNING,
                            "OpenSCAP needs a profile id."));
            assertThat(strictFindings(bp, "OSCAP-PROFILE-REQUIRED")).extracting(Diagnostic::severity)
                    .containsExactly(Severity.ERROR);
        }
    }

    @Test
    void bothTailoringMethodsAreReportedAtJsonTailoring() {
        Blueprint bp = openscap(o -> o.profileId(PROFILE).tailoring(t -> { })
                .jsonTailoring(j -> j.profileId("p").filepath("/f.json")));
        assertThat(findings(bp, "OSCAP-TAILORING-EXCLUSIVE"))
                .extracting(Diagnostic::path, Diagnostic::severity, Diagnostic::message)
                .containsExactly(tuple("customizations.openscap.json_tailoring", Severity.WARNING,
                        "Only one tailoring method can be used: tailoring or json_tailoring."));
        assertThat(strictFindings(bp, "OSCAP-TAILORING-EXCLUSIVE")).extracting(Diagnostic::severity)
                .containsExactly(Severity.ERROR);
    }

    @Test
    void jsonTailoringNeedsAFilepathAndAProfileId() {
        Blueprint bp = openscap(o -> o.profileId(PROFILE).jsonTailoring(j -> j.filepath("")));
        assertThat(findingsUnder(bp, "customizations"))
                .extracting(Diagnostic::code, Diagnostic::path, Diagnostic::severity, Diagnostic::message)
                .containsExactlyInAnyOrder(
                        tuple("OSCAP-JSON-FILEPATH", "customizations.openscap.json_tailoring.filepath", Severity.WARNING,
                                "JSON tailoring needs the path of the tailoring file."),
                        tuple("OSCAP-JSON-PROFILE", "customizations.openscap.json_tailoring.profile_id", Severity.WARNING,
                                "JSON tailoring needs the id of the tailored profile."));
        assertThat(strictFindings(bp, "OSCAP-JSON-FILEPATH")).extracting(Diagnostic::severity)
                .containsExactly(Severity.ERROR);
        assertThat(strictFindings(bp, "OSCAP-JSON-PROFILE")).extracting(Diagnostic::severity)
                .containsExactly(Severity.ERROR);
    }
}
