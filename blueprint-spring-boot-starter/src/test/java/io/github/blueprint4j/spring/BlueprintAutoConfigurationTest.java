package io.github.blueprint4j.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.blueprint4j.check.BlueprintChecker;
import io.github.blueprint4j.io.BlueprintModule;
import io.github.blueprint4j.validation.BlueprintValidator;
import io.github.blueprint4j.validation.PathPolicies;
import io.github.blueprint4j.validation.Profile;
import io.github.blueprint4j.validation.UnknownTargetException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

/** What the auto-configuration provides for which properties, without a server. */
class BlueprintAutoConfigurationTest {

    private final ApplicationContextRunner plain = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(BlueprintAutoConfiguration.class));

    private final WebApplicationContextRunner web = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(BlueprintAutoConfiguration.class));

    @Test
    void defaultsAreTheComposerProfileLenientDefaultPoliciesNoTarget() {
        plain.run(context -> {
            BlueprintChecker checker = context.getBean(BlueprintChecker.class);
            assertThat(checker.profile()).isEqualTo(Profile.COMPOSER);
            assertThat(checker.isStrict()).isFalse();
            assertThat(checker.policies().toString()).isEqualTo(PathPolicies.defaults().toString());
            assertThat(checker.target()).isNull();
        });
    }

    @Test
    void propertiesConfigureCheckerAndValidatorAlike() {
        plain.withPropertyValues("blueprint4j.profile=image-builder", "blueprint4j.strict=true",
                        "blueprint4j.policies=mountpoints-ostree,weldr-name",
                        "blueprint4j.target.distro=centos-9", "blueprint4j.target.image-type=qcow2")
                .run(context -> {
                    BlueprintChecker checker = context.getBean(BlueprintChecker.class);
                    BlueprintValidator validator = context.getBean(BlueprintValidator.class);
                    assertThat(checker.profile()).isEqualTo(Profile.IMAGE_BUILDER);
                    assertThat(checker.isStrict()).isTrue();
                    assertThat(checker.policies().toString())
                            .isEqualTo(PathPolicies.named("mountpoints-ostree", "weldr-name").toString());
                    assertThat(checker.target().distro()).isEqualTo("centos-9");
                    assertThat(validator.profile()).isEqualTo(Profile.IMAGE_BUILDER);
                    assertThat(validator.isStrict()).isTrue();
                    assertThat(validator.policies().toString()).isEqualTo(checker.policies().toString());
                    assertThat(validator.target()).isEqualTo(checker.target());
                });
    }

    @Test
    void anEmptyPolicyListSelectsNone() {
        plain.withPropertyValues("blueprint4j.policies=").run(context -> assertThat(
                context.getBean(BlueprintChecker.class).policies().toString()).isEqualTo(PathPolicies.none().toString()));
    }

    @Test
    void aTargetWithoutImageTypeStopsTheStart() {
        plain.withPropertyValues("blueprint4j.target.distro=rhel-9.6").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("blueprint4j.target needs both distro and image-type, got distro=rhel-9.6 and image-type=null");
        });
    }

    @Test
    void anUnknownImageTypeStopsTheStart() {
        plain.withPropertyValues("blueprint4j.target.distro=rhel-9.6", "blueprint4j.target.image-type=qcow3")
                .run(context -> assertThat(context.getStartupFailure()).rootCause()
                        .isInstanceOf(UnknownTargetException.class));
    }

    @Test
    void theApplicationsOwnCheckerWinsAndConfiguresTheValidator() {
        BlueprintChecker own = BlueprintChecker.builder().strict(true).build();
        web.withBean(BlueprintChecker.class, () -> own).run(context -> {
            assertThat(context.getBean(BlueprintChecker.class)).isSameAs(own);
            assertThat(context.getBean(BlueprintValidator.class).isStrict()).isTrue();
        });
    }

    @Test
    void theWebPartComesOnlyWithAServletApplication() {
        plain.run(context -> {
            assertThat(context).hasSingleBean(BlueprintChecker.class).hasSingleBean(BlueprintValidator.class)
                    .hasSingleBean(BlueprintModule.class);
            assertThat(context).doesNotHaveBean(BlueprintHttpMessageConverter.class);
        });
        web.run(context -> assertThat(context).hasSingleBean(BlueprintHttpMessageConverter.class)
                .hasSingleBean(BlueprintRequestBodyAdvice.class)
                .hasSingleBean(BlueprintProblemHandler.class)
                .hasSingleBean(BlueprintMediaTypeHandler.class));
    }
}
