package io.github.blueprint4j.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.blueprint4j.diagnostic.Diagnostic;
import io.github.blueprint4j.diagnostic.Severity;
import io.github.blueprint4j.io.ReadResult;
import io.github.blueprint4j.model.Blueprint;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * With the {@link SpecPropertyNodeNameProvider} installed, Hibernate Validator names every
 * property of every violation as the format does: its own paths, rendered as they come, are the
 * paths of {@link BlueprintValidator}'s engine, on the documents and settings of
 * {@link EngineEquivalenceTest}; and {@link BlueprintRules#toDiagnostic} turns each violation
 * into the engine's diagnostic.
 */
class SpecNamesTest {

    private static final List<Setting> SETTINGS = settings();

    private record Setting(String name, BlueprintValidator engine, HibernateReference specNames, boolean strict) {
    }

    static Stream<Arguments> documents() throws Exception {
        return EngineEquivalenceTest.documents();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void everyViolationPathOfAReadDocumentUsesTheFormatsKeys(String name, ReadResult read) {
        agree(read.blueprint());
    }

    @ParameterizedTest(name = "{0}, lists filled: {1}")
    @MethodSource("io.github.blueprint4j.validation.EngineEquivalenceTest#builtInCode")
    void everyViolationPathOfABlueprintBuiltInCodeUsesTheFormatsKeys(NoThrowTest.Fill fill, boolean fillLists) {
        agree((Blueprint) NoThrowTest.sample(Blueprint.class, fill, fillLists));
    }

    private static void agree(Blueprint blueprint) {
        for (Setting setting : SETTINGS) {
            List<Diagnostic> engine = setting.engine().validate(blueprint).diagnostics();
            Set<ConstraintViolation<Blueprint>> violations = setting.specNames().violations(blueprint);
            assertThat(violations.stream().map(v -> tuple(BlueprintRules.ruleId(v), asWritten(v.getPropertyPath()))))
                    .as(setting.name() + ": Hibernate Validator's own paths")
                    .containsExactlyInAnyOrderElementsOf(engine.stream().map(d -> tuple(d.code(), d.path())).toList());
            assertThat(violations.stream().map(v -> BlueprintRules.toDiagnostic(v, setting.strict())))
                    .as(setting.name() + ": the diagnostics of the violations")
                    .containsExactlyInAnyOrderElementsOf(engine);
        }
    }

    /** A path as Hibernate Validator names its nodes, rendered as the format's paths are: names, dots, 0-based indexes. */
    private static String asWritten(Path path) {
        StringBuilder out = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable() && node.getIndex() != null) {
                out.append('[').append(node.getIndex()).append(']');
            }
            if (node.getKind() == jakarta.validation.ElementKind.PROPERTY) {
                out.append(out.length() > 0 ? "." : "").append(node.getName());
            }
        }
        return out.length() == 0 ? null : out.toString();
    }

    private static List<Setting> settings() {
        List<Setting> settings = new ArrayList<>();
        for (Profile profile : Profile.values()) {
            for (boolean strict : new boolean[] {false, true}) {
                PathPolicies all = PathPolicies.named(PathPolicies.availableNames().toArray(String[]::new));
                settings.add(new Setting(profile + (strict ? " strict" : ""),
                        BlueprintValidator.builder().profile(profile).strict(strict).policies(all).build(),
                        new HibernateReference(HibernateReference.SPEC_NAMES, profile, all, null, strict), strict));
            }
        }
        Target target = Target.of("rhel-9.0", "edge-simplified-installer");
        BlueprintValidator engine = BlueprintValidator.builder().target(target).build();
        settings.add(new Setting(target.toString(), engine,
                new HibernateReference(HibernateReference.SPEC_NAMES, Profile.COMPOSER, engine.policies(), target, false),
                false));
        return settings;
    }

    // ---- a plain @Valid, as a service has it ------------------------------------------------

    /** What a service might receive. */
    record CreateImageRequest(@NotNull @Valid Blueprint blueprint) {
    }

    private static final Blueprint PLAIN_WITHOUT_FSTYPE = Blueprint.builder().name("x")
            .customizations(c -> c.disk(d -> d.addPartition(p -> p.type("plain").mountpoint("/data").minsize("1 GiB"))))
            .build();
    private static final Blueprint BAD_MODE = Blueprint.builder().name("x")
            .customizations(c -> c.partitioningMode("btrfs")).build();

    private static ValidatorFactory plain;
    private static ValidatorFactory specNames;

    @BeforeAll
    static void bootstrap() {
        // no Expression Language on the class path: messages interpolated by parameters only
        plain = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
        // the one line that installs the provider
        specNames = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .propertyNodeNameProvider(new SpecPropertyNodeNameProvider()).buildValidatorFactory();
    }

    @AfterAll
    static void close() {
        plain.close();
        specNames.close();
    }

    @Test
    void theProviderNamesTheModelsPropertiesWithTheFormatsKeys() {
        CreateImageRequest request = new CreateImageRequest(BAD_MODE);
        assertThat(plain.getValidator().validate(request)).extracting(v -> v.getPropertyPath().toString())
                .containsExactly("blueprint.customizations.partitioningMode");
        assertThat(specNames.getValidator().validate(request)).extracting(v -> v.getPropertyPath().toString())
                .containsExactly("blueprint.customizations.partitioning_mode");
    }

    @Test
    void theFieldsClassLevelRulesPointAtAreNamedWithTheFormatsKeysWithOrWithoutTheProvider() {
        CreateImageRequest request = new CreateImageRequest(PLAIN_WITHOUT_FSTYPE);
        for (ValidatorFactory factory : List.of(plain, specNames)) {
            Set<ConstraintViolation<CreateImageRequest>> violations = factory.getValidator().validate(request);
            assertThat(violations).extracting(v -> v.getPropertyPath().toString())
                    .containsExactly("blueprint.customizations.disk.partitions[0].fs_type");
            assertThat(violations).extracting(
                    v -> v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
                    BlueprintRules::ruleId).containsExactly(tuple("PlainFstype", "PLAIN-FSTYPE"));
        }
    }

    @Test
    void aViolationBecomesTheDiagnosticOfTheRuleWithThePathInsideTheBlueprint() {
        Validator validator = plain.getValidator();
        ConstraintViolation<CreateImageRequest> v = validator.validate(new CreateImageRequest(PLAIN_WITHOUT_FSTYPE))
                .iterator().next();

        Diagnostic d = BlueprintRules.toDiagnostic(v);
        assertThat(d).isEqualTo(BlueprintValidator.builder().build().validate(PLAIN_WITHOUT_FSTYPE).diagnostics().get(0));
        assertThat(tuple(d.code(), d.severity(), d.path(), d.location())).isEqualTo(
                tuple("PLAIN-FSTYPE", Severity.ERROR, "customizations.disk.partitions[0].fs_type", null));
        assertThat(BlueprintRules.severity(v, true)).isEqualTo(Severity.ERROR);

        ConstraintViolation<CreateImageRequest> missing = validator.validate(new CreateImageRequest(null)).iterator().next();
        assertThat(BlueprintRules.ruleId(missing)).isNull();
        assertThat(BlueprintRules.toDiagnostic(missing)).extracting(Diagnostic::code, Diagnostic::severity, Diagnostic::path,
                Diagnostic::hint).containsExactly("NotNull", Severity.ERROR, "blueprint", null);
    }

    @Test
    void theSeverityFollowsStrictnessForRulesTheReferenceDoesNotEnforce() {
        Blueprint badPort = Blueprint.builder().name("x").customizations(c -> c.firewall(f -> f.ports("nope"))).build();
        ConstraintViolation<Blueprint> v = plain.getValidator()
                .validate(badPort, io.github.blueprint4j.model.constraints.Advisory.class).stream()
                .filter(x -> "FW-PORT-FORMAT".equals(BlueprintRules.ruleId(x))).findFirst().orElseThrow();
        assertThat(BlueprintRules.severity(v, false)).isEqualTo(Severity.WARNING);
        assertThat(BlueprintRules.severity(v, true)).isEqualTo(Severity.ERROR);
        assertThat(BlueprintRules.toDiagnostic(v).path()).isEqualTo("customizations.firewall.ports[0]");
    }
}
