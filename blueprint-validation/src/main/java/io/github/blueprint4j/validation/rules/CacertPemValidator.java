package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.CacertPem;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.io.ByteArrayInputStream;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;

/**
 * Checks {@link CacertPem}: an entry of {@code pem_certs} holds at least one PEM block of type
 * {@code CERTIFICATE}, and every such block is one X.509 certificate with nothing after it.
 * Blocks of other types are ignored, as osbuild ignores them.
 */
public final class CacertPemValidator implements ConstraintValidator<CacertPem, String> {

    @Override
    public boolean isValid(String bundle, ConstraintValidatorContext context) {
        if (bundle == null) {
            return true;
        }
        int count = 0;
        for (PemBlocks.Block block : PemBlocks.of(bundle)) {
            if (!block.type().equals("CERTIFICATE")) {
                continue;
            }
            count++;
            if (!isCertificate(block.bytes())) {
                Violations.report(context, Violations.params("reason", "certificate " + count + " cannot be read"));
                return false;
            }
        }
        if (count == 0) {
            Violations.report(context, Violations.params("reason", "it contains no CERTIFICATE block"));
            return false;
        }
        return true;
    }

    private static boolean isCertificate(byte[] der) {
        try {
            Certificate certificate = CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
            // Go refuses bytes after the certificate; the JDK ignores them
            return certificate.getEncoded().length == der.length;
        } catch (CertificateException | RuntimeException e) {
            // the JDK's parser may also fail with unchecked exceptions on malformed input
            return false;
        }
    }
}
