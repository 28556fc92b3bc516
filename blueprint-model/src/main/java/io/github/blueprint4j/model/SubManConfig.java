package io.github.blueprint4j.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.blueprint4j.model.internal.Redaction;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Settings written to {@code rhsm.conf}.
 *
 * <p>In a blueprint: {@code customizations.rhsm.config.subscription_manager}.
 *
 * @param rhsm the {@code [rhsm]} section (key {@code rhsm})
 * @param rhsmcertd the {@code [rhsmcertd]} section (key {@code rhsmcertd})
 * @param unknownKeys keys of this table that the blueprint format does not define, with their values, kept so
 *                    that reading and writing back loses nothing; never {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubManConfig(
        @Valid
        @JsonProperty("rhsm") SubManRhsmSection rhsm,
        @Valid
        @JsonProperty("rhsmcertd") SubManRhsmcertdSection rhsmcertd,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownKeys) {

    /**
     * Copies the collections: lists and maps are unmodifiable and never {@code null}.
     *
     * @param rhsm the value of {@code rhsm}
     * @param rhsmcertd the value of {@code rhsmcertd}
     * @param unknownKeys the keys the format does not define
     * @throws NullPointerException if a list contains {@code null}
     * @throws InvalidValueException if an unknown key is one of the format's keys of this table, or its
     *                               value holds something TOML and JSON cannot carry
     */
    public SubManConfig {
        unknownKeys = ModelCollections.unknownKeys(unknownKeys, SubManConfig.class);
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
     * Builds {@link SubManConfig} objects. Not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private SubManRhsmSection rhsm;
        private SubManRhsmcertdSection rhsmcertd;
        private final Map<String, Object> unknownKeys = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(SubManConfig from) {
            rhsm = from.rhsm;
            rhsmcertd = from.rhsmcertd;
            unknownKeys.putAll(from.unknownKeys);
        }

        /**
         * Sets {@link SubManConfig#rhsm() rhsm}: the {@code [rhsm]} section.
         *
         * @param rhsm the value, or {@code null} for absent
         * @return this builder
         */
        public Builder rhsm(SubManRhsmSection rhsm) {
            this.rhsm = rhsm;
            return this;
        }

        /**
         * Edits {@link SubManConfig#rhsm() rhsm} in place: the consumer receives a builder holding the current value (or an empty one) and the result replaces it.
         *
         * @param edit sets the values
         * @return this builder
         */
        public Builder rhsm(Consumer<SubManRhsmSection.Builder> edit) {
            SubManRhsmSection.Builder builder = rhsm == null ? SubManRhsmSection.builder() : rhsm.toBuilder();
            edit.accept(builder);
            this.rhsm = builder.build();
            return this;
        }

        /**
         * Sets {@link SubManConfig#rhsmcertd() rhsmcertd}: the {@code [rhsmcertd]} section.
         *
         * @param rhsmcertd the value, or {@code null} for absent
         * @return this builder
         */
        public Builder rhsmcertd(SubManRhsmcertdSection rhsmcertd) {
            this.rhsmcertd = rhsmcertd;
            return this;
        }

        /**
         * Edits {@link SubManConfig#rhsmcertd() rhsmcertd} in place: the consumer receives a builder holding the current value (or an empty one) and the result replaces it.
         *
         * @param edit sets the values
         * @return this builder
         */
        public Builder rhsmcertd(Consumer<SubManRhsmcertdSection.Builder> edit) {
            SubManRhsmcertdSection.Builder builder = rhsmcertd == null ? SubManRhsmcertdSection.builder() : rhsmcertd.toBuilder();
            edit.accept(builder);
            this.rhsmcertd = builder.build();
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
            unknownKeys.put(key, ModelCollections.unknownValue(SubManConfig.class, key, value));
            return this;
        }

        /**
         * Creates the {@link SubManConfig}.
         *
         * @return a new immutable object
         */
        public SubManConfig build() {
            return new SubManConfig(rhsm, rhsmcertd, unknownKeys);
        }
    }
}
