/**
 * Spring Boot auto-configuration for blueprint4j: {@link io.github.blueprint4j.spring.BlueprintAutoConfiguration}
 * provides a {@link io.github.blueprint4j.check.BlueprintChecker}, a
 * {@link io.github.blueprint4j.validation.BlueprintValidator} and, in a Spring MVC application,
 * the {@link io.github.blueprint4j.spring.BlueprintHttpMessageConverter} and the answers of
 * refused blueprints ({@link io.github.blueprint4j.spring.BlueprintRejectedException}), all
 * configured by {@link io.github.blueprint4j.spring.BlueprintProperties}.
 */
package io.github.blueprint4j.spring;
