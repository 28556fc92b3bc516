package io.github.blueprint4j.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.blueprint4j.model.constraints.Advisory;
import io.github.blueprint4j.model.constraints.InstFlatpakRef;
import io.github.blueprint4j.model.constraints.InstFlatpakRegistry;
import io.github.blueprint4j.model.internal.Redaction;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Flatpaks from one registry.
 *
 * <p>In a blueprint: {@code customizations.installer.payload.flatpaks.force[]}.
 *
 * @param registry the registry; required (key {@code registry})
 * @param references references {@code type/id/arch/branch}; {@code $arch} is replaced by the image architecture (key {@code references})
 * @param unknownKeys keys of this table that the blueprint format does not define, with their values, kept so
 *                    that reading and writing back loses nothing; never {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Flatpak(
        @InstFlatpakRegistry(groups = Advisory.class)
        @Valid
        @JsonProperty("registry") FlatpakRegistry registry,
        @JsonProperty("references") List<@InstFlatpakRef(groups = Advisory.class) String> references,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownKeys) {

    /**
     * Copies the collections: lists and maps are unmodifiable and never {@code null}.
     *
     * @param registry the value of {@code registry}
     * @param references the value of {@code references}
     * @param unknownKeys the keys the format does not define
     * @throws NullPointerException if a list contains {@code null}
     * @throws InvalidValueException if an unknown key is one of the format's keys of this table, or its
     *                               value holds something TOML and JSON cannot carry
     */
    public Flatpak {
        references = ModelCollections.list(references, "references");
        unknownKeys = ModelCollections.unknownKeys(unknownKeys, Flatpak.class);
    }

    /**
     * Returns a new, empty builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder that starts from this object's values, for making a changed copy.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Describes this object like a record does, without showing secrets: passwords, keys and
     * contents are described by their length, credentials in URLs are masked, control
     * characters escaped.
     */
    @Override
    public String toString() {
        return Redaction.toString(this);
    }

    /**
     * Builds {@link Flatpak} objects. Not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private FlatpakRegistry registry;
        private final List<String> references = new ArrayList<>();
        private final Map<String, Object> unknownKeys = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(Flatpak from) {
            registry = from.registry;
            references.addAll(from.references);
            unknownKeys.putAll(from.unknownKeys);
        }

        /**
         * Sets {@link Flatpak#registry() registry}: the registry; required.
         *
         * @param registry the value, or {@code null} for absent
         * @return this builder
         */
        public Builder registry(FlatpakRegistry registry) {
            this.registry = registry;
            return this;
        }

        /**
         * Edits {@link Flatpak#registry() registry} in place: the consumer receives a builder holding the current value (or an empty one) and the result replaces it.
         *
         * @param edit sets the values
         * @return this builder
         */
        public Builder registry(Consumer<FlatpakRegistry.Builder> edit) {
            FlatpakRegistry.Builder builder = registry == null ? FlatpakRegistry.builder() : registry.toBuilder();
            edit.accept(builder);
            this.registry = builder.build();
            return this;
        }

        /**
         * Replaces {@link Flatpak#references() references}: references {@code type/id/arch/branch}; {@code $arch} is replaced by the image architecture.
         *
         * @param references the values
         * @return this builder
         */
        public Builder references(List<String> references) {
            this.references.clear();
            this.references.addAll(references);
            return this;
        }

        /**
         * Replaces {@link Flatpak#references() references}: references {@code type/id/arch/branch}; {@code $arch} is replaced by the image architecture.
         *
         * @param references the values
         * @return this builder
         */
        public Builder references(String... references) {
            return references(Arrays.asList(references));
        }

        /**
         * Appends one value to {@link Flatpak#references() references}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder addReference(String value) {
            references.add(value);
            return this;
        }

        /**
         * Replaces the keys the blueprint format does not define.
         *
         * @param unknownKeys keys and their values
         * @return this builder
         */
        public Builder unknownKeys(Map<String, Object> unknownKeys) {
            this.unknownKeys.clear();
            this.unknownKeys.putAll(unknownKeys);
            return this;
        }

        /**
         * Adds a key the blueprint format does not define; it is written back as it is. The value is
         * copied: later changes to a list or map given here do not change the built object.
         *
         * @param key the key; not one of the format's keys of this table
         * @param value a string, boolean, integer, floating-point number, TOML date or time, {@code null}
         *              (JSON's null), or a list or string-keyed map of these
         * @return this builder
         * @throws InvalidValueException if {@code key} is one of the format's keys of this table, or
         *                               {@code value} holds something TOML and JSON cannot carry
         */
        public Builder putUnknownKey(String key, Object value) {
            unknownKeys.put(key, ModelCollections.unknownValue(Flatpak.class, key, value));
            return this;
        }

        /**
         * Creates the {@link Flatpak}.
         *
         * @return a new immutable object
         */
        public Flatpak build() {
            return new Flatpak(registry, references, unknownKeys);
        }
    }
}
