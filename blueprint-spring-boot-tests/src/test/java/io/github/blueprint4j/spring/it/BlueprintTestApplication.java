package io.github.blueprint4j.spring.it;

import io.github.blueprint4j.diagnostic.Diagnostic;
import io.github.blueprint4j.model.Blueprint;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** An application as a user writes it: controllers taking blueprints, the starter on the class path. */
@SpringBootApplication
public class BlueprintTestApplication {

    /**
     * Starts the application.
     *
     * @param args command line arguments
     */
    public static void main(String[] args) {
        SpringApplication.run(BlueprintTestApplication.class, args);
    }

    /** The endpoints the tests call. */
    @RestController
    static class Blueprints {

        /** Checks the blueprint with every rule and answers with it. */
        @PostMapping("/blueprints")
        Blueprint push(@Valid @RequestBody Blueprint blueprint) {
            return blueprint;
        }

        /**
         * Takes the findings in a {@code BindingResult} and answers with them, one line per error:
         * {@code field code line:column} of the finding behind each error.
         */
        @PostMapping("/reviews")
        Map<String, Object> review(@Valid @RequestBody Blueprint blueprint, BindingResult result) {
            List<String> errors = result.getAllErrors().stream().map(error -> {
                Diagnostic finding = error.unwrap(Diagnostic.class);
                return (error instanceof FieldError field ? field.getField() : "-") + " " + error.getCode() + " "
                        + (finding.location() == null ? "-" : finding.location().line() + ":" + finding.location().column());
            }).toList();
            return Map.of("name", String.valueOf(blueprint.name()), "errors", errors);
        }

        /** Reads the blueprint without asking for validation and answers with it. */
        @PostMapping("/drafts")
        Blueprint draft(@RequestBody Blueprint blueprint) {
            return blueprint;
        }

        /** Takes no blueprint: the starter leaves its errors alone. */
        @PostMapping("/notes")
        Map<String, Object> note(@RequestBody Map<String, Object> note) {
            return note;
        }
    }
}
