package io.github.blueprint4j.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.blueprint4j.model.Blueprint;
import io.github.blueprint4j.model.constraints.BlueprintRule;
import io.github.blueprint4j.model.constraints.Push;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.groups.Default;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A user's own class holds {@code @Valid Blueprint}; a plain Hibernate Validator factory,
 * without any Expression Language implementation on the class path, enforces the rules and
 * reports their ids, paths and messages.
 */
class PlainBeanValidationTest {

    /** What a service might receive. */
    record CreateImageRequest(@NotNull @Valid Blueprint blueprint, String requester) {
    }

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void bootstrap() {
        // the README's line: messages without Expression Language
        factory = Validation.byDefaultProvider().configure().messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void runsWithoutAnyExpressionLanguageOnTheClassPath() {
        assertThatThrownBy(() -> Class.forName("jakarta.el.ExpressionFactory")).isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void theRulesMessagesHoldParametersButNoExpressions() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = PlainBeanValidationTest.class.getResourceAsStream("/ContributorValidationMessages.properties")) {
            bundle.load(in);
        }
        assertThat(bundle).isNotEmpty();
        assertThat(bundle.values()).allSatisfy(message -> assertThat((String) message).doesNotContain("${"));
    }

    @Test
    void interpolatesTheRulesMessagesWithoutExpressionLanguage() {
        Blueprint bp = Blueprint.builder().customizations(c -> c.addFile(f -> f.path("etc/motd"))).build();
        assertThat(validator.validate(new CreateImageRequest(bp, "ops"))).extracting(ConstraintViolation::getMessage)
                .containsExactly("The path \"etc/motd\" is not absolute.");
    }

    @Test
    void enforcesTheReferencesErrorsUnderAPlainValid() {
        Blueprint bp = Blueprint.builder()
                .customizations(c -> c
                        .addFile(f -> f.path("etc/motd"))
                        .addUserGroup(g -> g.name("wheel").gid(10L))
                        .addUserGroup(g -> g.name("wheel").gid(11L))
                        .partitioningMode("btrfs"))
                .build();
        Set<ConstraintViolation<CreateImageRequest>> violations = validator.validate(new CreateImageRequest(bp, "ops"));
        assertThat(violations).extracting(v -> rule(v).id(), v -> v.getPropertyPath().toString()).containsExactlyInAnyOrder(
                tuple("FSNODE-PATH-ABSOLUTE", "blueprint.customizations.files[0].path"),
                tuple("GROUP-NAME-UNIQUE", "blueprint.customizations.group[1].name"),
                tuple("PM-ENUM", "blueprint.customizations.partitioningMode"));
        assertThat(violations).allSatisfy(v -> assertThat(v.getMessage()).doesNotStartWith("{"));
    }

    @Test
    void leavesWarningsAndTheServersPushChecksToTheirGroups() {
        Blueprint noName = Blueprint.builder().customizations(c -> c.firewall(f -> f.ports("not a port"))).build();
        assertThat(validator.validate(new CreateImageRequest(noName, "ops"))).isEmpty();
        List<String> push = validator.validate(new CreateImageRequest(noName, "ops"), Default.class, Push.class).stream()
                .map(v -> rule(v).id()).toList();
        assertThat(push).containsExactly("BP-NAME-REQUIRED");
    }

    @Test
    void aMissingBlueprintIsTheApplicationsOwnConstraint() {
        assertThat(validator.validate(new CreateImageRequest(null, "ops")))
                .extracting(v -> v.getPropertyPath().toString()).containsExactly("blueprint");
    }

    private static BlueprintRule rule(ConstraintViolation<?> violation) {
        return violation.getConstraintDescriptor().getAnnotation().annotationType().getAnnotation(BlueprintRule.class);
    }
}
