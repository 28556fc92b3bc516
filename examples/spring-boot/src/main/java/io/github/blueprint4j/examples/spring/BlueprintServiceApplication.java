package io.github.blueprint4j.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A small blueprint service: {@code POST /blueprints} pushes a blueprint (TOML or JSON), checked
 * by the blueprint4j starter; {@code GET /blueprints/{name}} gives it back, as JSON or TOML.
 */
@SpringBootApplication
public class BlueprintServiceApplication {

    /**
     * Starts the service on 127.0.0.1:8080.
     *
     * @param args command line arguments
     */
    public static void main(String[] args) {
        SpringApplication.run(BlueprintServiceApplication.class, args);
    }
}
