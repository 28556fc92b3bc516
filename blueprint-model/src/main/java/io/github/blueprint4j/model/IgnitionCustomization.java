package io.github.blueprint4j.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.blueprint4j.model.constraints.Advisory;
import io.github.blueprint4j.model.constraints.IgnExclusive;
import io.github.blueprint4j.model.internal.Redaction;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Ignition configuration: exactly one of {@code embedded} or {@code firstboot}.
 *
 * <p>In a blueprint: {@code customizations.ignition}.
 *
 * @param embedded a configuration embedded in the image (key {@code embedded})
 * @param firstboot a configuration fetched at first boot (key {@code firstboot})
 * @param unknownKeys keys of this table that the blueprint format does not define, with their values, kept so
 *                    that reading and writing back loses nothing; never {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@IgnExclusive(groups = Advisory.class)
public record IgnitionCustomization(
        @Valid
        @JsonProperty("embedded") IgnitionEmbedded embedded,
        @Valid
        @JsonProperty("firstboot") IgnitionFirstboot firstboot,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownKeys) {

    /**
     * Copies the collections: lists and maps are unmodifiable and never {@code null}.
     *
     * @param embedded the value of {@code embedded}
     * @param firstboot the value of {@code firstboot}
     * @param unknownKeys the keys the format does not define
     * @throws NullPointerException if a list contains {@code null}
     * @throws InvalidValueException if an unknown key is one of the format's keys of this table, or its
     *                               value holds something TOML and JSON cannot carry
     */
    public IgnitionCustomization {
        unknownKeys = ModelCollections.unknownKeys(unknownKeys, IgnitionCustomization.class);
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
     * Builds {@link IgnitionCustomization} objects. Not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private IgnitionEmbedded embedded;
        private IgnitionFirstboot firstboot;
        private final Map<String, Object> unknownKeys = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(IgnitionCustomization from) {
            embedded = from.embedded;
            firstboot = from.firstboot;
            unknownKeys.putAll(from.unknownKeys);
        }

        /**
         * Sets {@link IgnitionCustomization#embedded() embedded}: a configuration embedded in the image.
         *
         * @param embedded the value, or {@code null} for absent
         * @return this builder
         */
        public Builder embedded(IgnitionEmbedded embedded) {
            this.embedded = embedded;
            return this;
        }

        /**
         * Edits {@link IgnitionCustomization#embedded() embedded} in place: the consumer receives a builder holding the current value (or an empty one) and the result replaces it.
         *
         * @param edit sets the values
         * @return this builder
         */
        public Builder embedded(Consumer<IgnitionEmbedded.Builder> edit) {
            IgnitionEmbedded.Builder builder = embedded == null ? IgnitionEmbedded.builder() : embedded.toBuilder();
            edit.accept(builder);
            this.embedded = builder.build();
            return this;
        }

        /**
         * Sets {@link IgnitionCustomization#firstboot() firstboot}: a configuration fetched at first boot.
         *
         * @param firstboot the value, or {@code null} for absent
         * @return this builder
         */
        public Builder firstboot(IgnitionFirstboot firstboot) {
            this.firstboot = firstboot;
            return this;
        }

        /**
         * Edits {@link IgnitionCustomization#firstboot() firstboot} in place: the consumer receives a builder holding the current value (or an empty one) and the result replaces it.
         *
         * @param edit sets the values
         * @return this builder
         */
        public Builder firstboot(Consumer<IgnitionFirstboot.Builder> edit) {
            IgnitionFirstboot.Builder builder = firstboot == null ? IgnitionFirstboot.builder() : firstboot.toBuilder();
            edit.accept(builder);
            this.firstboot = builder.build();
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
            unknownKeys.put(key, ModelCollections.unknownValue(IgnitionCustomization.class, key, value));
            return this;
        }

        /**
         * Creates the {@link IgnitionCustomization}.
         *
         * @return a new immutable object
         */
        public IgnitionCustomization build() {
            return new IgnitionCustomization(embedded, firstboot, unknownKeys);
        }
    }
}
