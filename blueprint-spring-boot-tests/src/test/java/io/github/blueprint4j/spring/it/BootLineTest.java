package io.github.blueprint4j.spring.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.blueprint4j.check.BlueprintChecker;
import io.github.blueprint4j.io.BlueprintModule;
import io.github.blueprint4j.spring.BlueprintHttpMessageConverter;
import io.github.blueprint4j.validation.BlueprintValidator;
import io.github.blueprint4j.validation.Profile;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * The application runs on the versions its Spring Boot line manages (the module's surefire
 * configuration passes them from the line's BOM), with one Expression Language API, and the
 * starter's beans are configured from {@code blueprint4j.*}.
 */
@SpringBootTest(classes = BlueprintTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.address=127.0.0.1")
class BootLineTest {

    @Autowired
    BlueprintChecker checker;

    @Autowired
    BlueprintValidator validator;

    @Autowired
    RequestMappingHandlerAdapter handlerAdapter;

    @Autowired
    ObjectProvider<ObjectMapper> jackson2Mappers;

    @Test
    void runsOnTheLinesSpringBoot() {
        assertThat(SpringBootVersion.getVersion()).isEqualTo(expected("spring-boot"));
    }

    @Test
    void blueprintIoRunsOnTheLinesJackson2() throws URISyntaxException {
        assertThat(jarOf(ObjectMapper.class))
                .isEqualTo("jackson-databind-" + expected("jackson2") + ".jar");
        assertThat(jarOf(com.fasterxml.jackson.dataformat.toml.TomlMapper.class))
                .isEqualTo("jackson-dataformat-toml-" + expected("jackson2") + ".jar");
    }

    @Test
    void validationRunsOnTheLinesHibernateValidatorAndJakartaValidation() throws URISyntaxException {
        assertThat(jarOf(org.hibernate.validator.HibernateValidator.class))
                .isEqualTo("hibernate-validator-" + expected("hibernate-validator") + ".jar");
        assertThat(jarOf(jakarta.validation.Validation.class))
                .isEqualTo("jakarta.validation-api-" + expected("jakarta-validation") + ".jar");
    }

    @Test
    void hasOneExpressionLanguageApi() throws IOException {
        List<URL> apis = Collections.list(getClass().getClassLoader().getResources("jakarta/el/ExpressionFactory.class"));

        assertThat(apis).hasSize(1);
        assertThat(apis.get(0).toString()).contains("/tomcat-embed-el-");
    }

    @Test
    void readsBlueprintsBeforeTheLinesJsonConverter() {
        List<HttpMessageConverter<?>> converters = handlerAdapter.getMessageConverters();
        int blueprint = indexOf(converters, BlueprintHttpMessageConverter.class.getName());
        int json = indexOf(converters, expected("json-converter"));

        assertThat(blueprint).isNotNegative();
        assertThat(json).isGreaterThan(blueprint);
        assertThat(converters.get(blueprint).getSupportedMediaTypes())
                .containsExactly(MediaType.APPLICATION_JSON, BlueprintHttpMessageConverter.APPLICATION_TOML);
    }

    @Test
    void configuresCheckerAndValidatorFromProperties() {
        assertThat(checker.isStrict()).isTrue();
        assertThat(checker.profile()).isEqualTo(Profile.COMPOSER);
        assertThat(checker.target().distro()).isEqualTo("rhel-9.6");
        assertThat(checker.target().imageType().name()).isEqualTo("qcow2");

        assertThat(validator.isStrict()).isTrue();
        assertThat(validator.profile()).isEqualTo(Profile.COMPOSER);
        assertThat(validator.target()).isEqualTo(checker.target());
        assertThat(validator.policies().toString()).isEqualTo(checker.policies().toString());
    }

    @Test
    void registersTheBlueprintModuleWithTheApplicationsJackson2Mapper() {
        List<ObjectMapper> mappers = jackson2Mappers.orderedStream().toList();

        assertThat(mappers).hasSize(Integer.parseInt(expected("jackson2-mappers")));
        for (ObjectMapper mapper : mappers) {
            assertThat(mapper.getRegisteredModuleIds()).contains(new BlueprintModule().getTypeId());
        }
    }

    private static int indexOf(List<HttpMessageConverter<?>> converters, String className) {
        for (int i = 0; i < converters.size(); i++) {
            if (converters.get(i).getClass().getName().equals(className)) {
                return i;
            }
        }
        return -1;
    }

    private static String expected(String name) {
        String value = System.getProperty("expected." + name);
        assertThat(value).as("system property expected.%s from the module's surefire configuration", name).isNotBlank();
        return value;
    }

    private static String jarOf(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).getFileName().toString();
    }
}
