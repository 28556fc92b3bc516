package io.github.blueprint4j.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.blueprint4j.diagnostic.Diagnostic;
import io.github.blueprint4j.model.Blueprint;
import io.github.blueprint4j.validation.BlueprintValidator;
import io.github.blueprint4j.validation.PathPolicies;
import io.github.blueprint4j.validation.Profile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code CACERT-PEM} with two real self-signed certificates (see {@code test-certificates.pem}
 * for how they were made) and broken variants of them.
 */
class CaCertRulesTest {

    private static final BlueprintValidator VALIDATOR = BlueprintValidator.builder()
            .profile(Profile.IMAGE_BUILDER).policies(PathPolicies.none()).build();
    private static final String BEGIN = "-----BEGIN CERTIFICATE-----";
    private static final String END = "-----END CERTIFICATE-----";

    private static String first;
    private static String second;

    @BeforeAll
    static void readCertificates() throws IOException {
        try (InputStream in = CaCertRulesTest.class.getResourceAsStream("test-certificates.pem")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int split = text.indexOf(END) + END.length() + 1;
            first = text.substring(text.indexOf(BEGIN), split);
            second = text.substring(split);
        }
    }

    @Test
    void acceptsOneCertificate() {
        assertThat(findings(first)).isEmpty();
    }

    @Test
    void acceptsConcatenatedCertificatesWithTextAroundThem() {
        assertThat(findings("Issuer: test\n" + first + "\nsubject=test-two\n" + second + "trailing words")).isEmpty();
    }

    @Test
    void acceptsWindowsLineEndingsAndIndentedBase64() {
        assertThat(findings(first.replace("\n", "\r\n"))).isEmpty();
        assertThat(findings(first.replace("\nMI", "\n  \tMI"))).isEmpty();
    }

    @Test
    void ignoresBlocksOfOtherTypes() {
        String key = "-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n-----END PRIVATE KEY-----\n";
        assertThat(findings(key + first)).isEmpty();
        assertThat(findings(key)).containsExactly("ERROR customizations.cacerts.pem_certs[0]: "
                + "The entry is not a valid PEM certificate bundle: it contains no CERTIFICATE block.");
    }

    @Test
    void refusesAnEntryWithoutACertificate() {
        String expected = "ERROR customizations.cacerts.pem_certs[0]: "
                + "The entry is not a valid PEM certificate bundle: it contains no CERTIFICATE block.";
        assertThat(findings("pem encoded cert")).containsExactly(expected);
        assertThat(findings("")).containsExactly(expected);
        assertThat(findings(first.replace(END, "-----END CERT-----"))).containsExactly(expected);
        assertThat(findings(first.substring(0, first.length() - 20))).containsExactly(expected);
    }

    @Test
    void skipsABlockWhoseBase64IsMalformed() {
        int end = first.indexOf("\n" + END);
        String unpadded = first.substring(0, end - 1) + first.substring(end);
        String badCharacter = first.replace("\nMI", "\n*I");
        String expected = "ERROR customizations.cacerts.pem_certs[0]: "
                + "The entry is not a valid PEM certificate bundle: it contains no CERTIFICATE block.";
        assertThat(findings(badCharacter)).containsExactly(expected);
        assertThat(findings(unpadded)).containsExactly(expected);
    }

    @Test
    void refusesACertificateBlockThatIsNotACertificate() {
        assertThat(findings(BEGIN + "\nAAAA\n" + END + "\n")).containsExactly("ERROR customizations.cacerts.pem_certs[0]: "
                + "The entry is not a valid PEM certificate bundle: certificate 1 cannot be read.");
        String broken = second.replace("\nMI", "\nAA");
        assertThat(findings(first + broken)).containsExactly("ERROR customizations.cacerts.pem_certs[0]: "
                + "The entry is not a valid PEM certificate bundle: certificate 2 cannot be read.");
    }

    @Test
    void refusesBytesAfterTheCertificate() {
        String body = first.substring(BEGIN.length() + 1, first.indexOf(END)).replace("\n", "");
        byte[] der = Base64.getDecoder().decode(body);
        byte[] longer = Arrays.copyOf(der, der.length + 3);
        String padded = BEGIN + "\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(longer) + "\n" + END + "\n";
        assertThat(findings(padded)).containsExactly("ERROR customizations.cacerts.pem_certs[0]: "
                + "The entry is not a valid PEM certificate bundle: certificate 1 cannot be read.");
    }

    @Test
    void reportsEachBadEntryAtItsIndex() {
        Blueprint blueprint = Blueprint.builder().name("t")
                .customizations(c -> c.cacerts(a -> a.pemCerts(first, "nothing", second, ""))).build();
        assertThat(VALIDATOR.validate(blueprint).diagnostics()).filteredOn(d -> d.code().equals("CACERT-PEM"))
                .extracting(Diagnostic::path)
                .containsExactlyInAnyOrder("customizations.cacerts.pem_certs[1]", "customizations.cacerts.pem_certs[3]");
    }

    @Test
    void findsNothingWithoutCertificates() {
        Blueprint blueprint = Blueprint.builder().name("t").customizations(c -> c.cacerts(a -> a.pemCerts(List.of())))
                .build();
        assertThat(VALIDATOR.validate(blueprint).diagnostics()).noneMatch(d -> d.code().equals("CACERT-PEM"));
    }

    private static List<String> findings(String bundle) {
        Blueprint blueprint = Blueprint.builder().name("t").customizations(c -> c.cacerts(a -> a.pemCerts(bundle))).build();
        return VALIDATOR.validate(blueprint).diagnostics().stream()
                .filter(d -> d.code().equals("CACERT-PEM"))
                .map(d -> d.severity() + " " + d.path() + ": " + d.message())
                .toList();
    }
}
