package io.github.blueprint4j.spring;

import io.github.blueprint4j.check.BlueprintChecker;
import io.github.blueprint4j.io.BlueprintModule;
import io.github.blueprint4j.io.BlueprintReader;
import io.github.blueprint4j.io.BlueprintWriter;
import io.github.blueprint4j.validation.BlueprintValidator;
import io.github.blueprint4j.validation.PathPolicies;
import io.github.blueprint4j.validation.Target;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * Auto-configuration of blueprint4j for Spring Boot 3.5 and 4.0, configured by
 * {@link BlueprintProperties} ({@code blueprint4j.*}).
 *
 * <p>It provides a {@link BlueprintChecker}, a {@link BlueprintValidator} and a Jackson 2
 * {@link BlueprintModule} (each unless the application defines its own), and, in a Spring MVC
 * application:
 * <ul>
 *   <li>a {@link BlueprintHttpMessageConverter}, ahead of the JSON converters, so that a
 *       {@code @RequestBody Blueprint} is read by the library's reader from {@code application/json}
 *       or {@code application/toml}, whatever JSON library the application uses;</li>
 *   <li>{@code @Valid} (or {@code @Validated}) on such a parameter: the rules of the checker run on
 *       the request body, and a blueprint with an error is refused before the controller runs;</li>
 *   <li>a refused blueprint answered with status 400 and an RFC 9457
 *       {@code application/problem+json} body that lists every finding (see
 *       {@link BlueprintRejectedException}); a body of another media type with 415.</li>
 * </ul>
 */
@AutoConfiguration
@EnableConfigurationProperties(BlueprintProperties.class)
public class BlueprintAutoConfiguration {

    /** Creates the configuration; Spring does. */
    public BlueprintAutoConfiguration() {
    }

    /**
     * The checker that reads and validates request bodies, as configured.
     *
     * @param properties the configuration
     * @return the checker
     * @throws io.github.blueprint4j.validation.UnknownTargetException if the target names an
     *         unknown distribution or image type
     * @throws IllegalArgumentException if a policy name is unknown or the target lacks a part
     */
    @Bean
    @ConditionalOnMissingBean
    public BlueprintChecker blueprintChecker(BlueprintProperties properties) {
        BlueprintChecker.Builder builder = BlueprintChecker.builder()
                .profile(properties.profile())
                .strict(properties.strict())
                .target(target(properties));
        PathPolicies policies = policies(properties);
        if (policies != null) {
            builder.policies(policies);
        }
        return builder.build();
    }

    /**
     * A validator for blueprints built in code or bound elsewhere, with the checker's profile,
     * strictness, path policies and target.
     *
     * @param checker the checker
     * @return the validator
     */
    @Bean
    @ConditionalOnMissingBean
    public BlueprintValidator blueprintValidator(BlueprintChecker checker) {
        return BlueprintValidator.builder()
                .profile(checker.profile())
                .strict(checker.isStrict())
                .policies(checker.policies())
                .target(checker.target())
                .build();
    }

    /**
     * The Jackson 2 module that makes the application's Jackson 2 {@code ObjectMapper} (Spring
     * Boot 3.5's JSON stack, which registers every module bean) read a {@code Blueprint} inside
     * other request objects with the reader's rules and the checker's strictness, and write it as
     * {@code Blueprints.toJson} does.
     *
     * @param checker the checker, for its strictness
     * @return the module
     */
    @Bean
    @ConditionalOnMissingBean
    public BlueprintModule blueprintJacksonModule(BlueprintChecker checker) {
        return new BlueprintModule(BlueprintReader.builder().strict(checker.isStrict()).build(),
                BlueprintWriter.builder().build());
    }

    /** The policies named in the configuration; {@code null} when none are named (the defaults). */
    private static PathPolicies policies(BlueprintProperties properties) {
        if (properties.policies() == null) {
            return null;
        }
        return properties.policies().isEmpty()
                ? PathPolicies.none()
                : PathPolicies.named(properties.policies().toArray(String[]::new));
    }

    private static Target target(BlueprintProperties properties) {
        BlueprintProperties.Target target = properties.target();
        if (target == null || (target.distro() == null && target.imageType() == null)) {
            return null;
        }
        if (target.distro() == null || target.imageType() == null) {
            throw new IllegalArgumentException("blueprint4j.target needs both distro and image-type, got distro="
                    + target.distro() + " and image-type=" + target.imageType());
        }
        return Target.of(target.distro(), target.imageType());
    }

    /** The Spring MVC part: the converter and the answers of refused blueprints. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(DispatcherServlet.class)
    static class WebMvc {

        @Bean
        @ConditionalOnMissingBean
        BlueprintHttpMessageConverter blueprintHttpMessageConverter(BlueprintChecker checker) {
            return new BlueprintHttpMessageConverter(checker);
        }

        @Bean
        BlueprintRequestBodyAdvice blueprintRequestBodyAdvice() {
            return new BlueprintRequestBodyAdvice();
        }

        @Bean
        BlueprintProblemHandler blueprintProblemHandler() {
            return new BlueprintProblemHandler();
        }

        @Bean
        BlueprintMediaTypeHandler blueprintMediaTypeHandler(BlueprintHttpMessageConverter converter) {
            return new BlueprintMediaTypeHandler(converter.getSupportedMediaTypes());
        }
    }
}
