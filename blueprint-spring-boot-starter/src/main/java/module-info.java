/**
 * Spring Boot auto-configuration for blueprint4j (Spring Boot 3.5 and 4.0): a
 * {@code @RequestBody Blueprint} is read by the library's own reader from {@code application/json}
 * or {@code application/toml}, {@code @Valid} runs every rule, and a refused blueprint is answered
 * with an RFC 9457 problem that lists every finding with its line and column. Start at
 * {@link io.github.blueprint4j.spring.BlueprintAutoConfiguration}.
 */
module io.github.blueprint4j.spring {
    requires transitive io.github.blueprint4j.check;
    requires transitive spring.web;
    requires spring.webmvc;
    requires spring.boot;
    requires spring.boot.autoconfigure;
    requires spring.context;
    requires spring.beans;
    requires spring.core;
    requires static jakarta.servlet;

    exports io.github.blueprint4j.spring;

    // Spring creates the configuration, the properties and the advice reflectively.
    opens io.github.blueprint4j.spring to spring.core, spring.beans, spring.context, spring.boot, spring.web, spring.webmvc;
}
