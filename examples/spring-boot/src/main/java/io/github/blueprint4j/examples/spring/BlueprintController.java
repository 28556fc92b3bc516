package io.github.blueprint4j.examples.spring;

import io.github.blueprint4j.model.Blueprint;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Keeps the pushed blueprints in memory, by name. */
@RestController
@RequestMapping("/blueprints")
class BlueprintController {

    private final Map<String, Blueprint> blueprints = new ConcurrentHashMap<>();

    /**
     * Stores a blueprint. The starter has read it with the library's reader and, for
     * {@code @Valid}, checked every rule: a refused one never gets here, its answer is a 400
     * problem listing every finding.
     */
    @PostMapping
    ResponseEntity<Blueprint> push(@Valid @RequestBody Blueprint blueprint) {
        blueprints.put(blueprint.name(), blueprint);
        return ResponseEntity.created(URI.create("/blueprints/" + blueprint.name())).body(blueprint);
    }

    /** Gives a stored blueprint back, as JSON or, with {@code Accept: application/toml}, as TOML. */
    @GetMapping("/{name}")
    ResponseEntity<Blueprint> get(@PathVariable String name) {
        Blueprint blueprint = blueprints.get(name);
        return blueprint == null ? ResponseEntity.notFound().build() : ResponseEntity.ok(blueprint);
    }
}
