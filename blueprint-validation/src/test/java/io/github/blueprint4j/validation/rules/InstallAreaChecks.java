package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.diagnostic.Diagnostic;
import io.github.blueprint4j.io.BlueprintReader;
import io.github.blueprint4j.io.Format;
import io.github.blueprint4j.io.ReadResult;
import io.github.blueprint4j.model.Blueprint;
import io.github.blueprint4j.model.Customizations;
import io.github.blueprint4j.validation.BlueprintValidator;
import io.github.blueprint4j.validation.ValidationReport;
import java.util.List;
import java.util.function.Consumer;

/**
 * Validates blueprints for the tests of the install-area rules (installer, firstboot, Ignition,
 * FDO, OpenSCAP, ISO, sshd) and picks out the findings of one rule.
 */
final class InstallAreaChecks {

    private static final BlueprintValidator DEFAULT = RuleChecks.DEFAULT;
    private static final BlueprintValidator STRICT = RuleChecks.STRICT;
    private static final BlueprintReader READER = BlueprintReader.builder().build();

    private InstallAreaChecks() {
    }

    /** A named, versioned blueprint with the given customizations. */
    static Blueprint blueprint(Consumer<Customizations.Builder> customizations) {
        return Blueprint.builder().name("test").version("1.0.0").customizations(customizations).build();
    }

    /** The findings of one rule, validating without strict mode. */
    static List<Diagnostic> findings(Blueprint blueprint, String code) {
        return of(DEFAULT.validate(blueprint), code);
    }

    /** The findings of one rule in strict mode. */
    static List<Diagnostic> strictFindings(Blueprint blueprint, String code) {
        return of(STRICT.validate(blueprint), code);
    }

    /** Every finding at or below a path, such as {@code customizations.firstboot}, without strict mode. */
    static List<Diagnostic> findingsUnder(Blueprint blueprint, String path) {
        return DEFAULT.validate(blueprint).diagnostics().stream()
                .filter(d -> d.path() != null && (d.path().equals(path) || d.path().startsWith(path + ".")))
                .toList();
    }

    /** The findings of one rule for a TOML document, placed in its source. */
    static List<Diagnostic> tomlFindings(String toml, String code) {
        ReadResult read = READER.read(toml, Format.TOML);
        return of(DEFAULT.validate(read.blueprint(), read.sourceMap()), code);
    }

    private static List<Diagnostic> of(ValidationReport report, String code) {
        return report.diagnostics().stream().filter(d -> d.code().equals(code)).toList();
    }
}
