package io.github.blueprint4j.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.blueprint4j.model.constraints.Advisory;
import io.github.blueprint4j.model.constraints.FbCustomNamePath;
import io.github.blueprint4j.model.constraints.FbCustomNameReserved;
import io.github.blueprint4j.model.constraints.FbCustomNameUnique;
import io.github.blueprint4j.model.constraints.FbNameUnique;
import io.github.blueprint4j.model.constraints.FbSingleton;
import io.github.blueprint4j.model.internal.Redaction;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Scripts run once at first boot, in list order.
 *
 * <p>In a blueprint: {@code customizations.firstboot}.
 *
 * @param scripts the scripts (key {@code scripts})
 * @param unknownKeys keys of this table that the blueprint format does not define, with their values, kept so
 *                    that reading and writing back loses nothing; never {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@FbNameUnique(groups = Advisory.class)
@FbSingleton(groups = Advisory.class)
@FbCustomNameUnique(groups = Advisory.class)
@FbCustomNameReserved(groups = Advisory.class)
@FbCustomNamePath(groups = Advisory.class)
public record FirstbootCustomization(
        @JsonProperty("scripts") List<@Valid FirstbootScript> scripts,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownKeys) {

    /**
     * Copies the collections: lists and maps are unmodifiable and never {@code null}.
     *
     * @param scripts the value of {@code scripts}
     * @param unknownKeys the keys the format does not define
     * @throws NullPointerException if a list contains {@code null}
     * @throws InvalidValueException if an unknown key is one of the format's keys of this table, or its
     *                               value holds something TOML and JSON cannot carry
     */
    public FirstbootCustomization {
        scripts = ModelCollections.list(scripts, "scripts");
        unknownKeys = ModelCollections.unknownKeys(unknownKeys, FirstbootCustomization.class);
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
     * Builds {@link FirstbootCustomization} objects. Not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private final List<FirstbootScript> scripts = new ArrayList<>();
        private final Map<String, Object> unknownKeys = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(FirstbootCustomization from) {
            scripts.addAll(from.scripts);
            unknownKeys.putAll(from.unknownKeys);
        }

        /**
         * Replaces {@link FirstbootCustomization#scripts() scripts}: the scripts.
         *
         * @param scripts the entries
         * @return this builder
         */
        public Builder scripts(List<FirstbootScript> scripts) {
            this.scripts.clear();
            this.scripts.addAll(scripts);
            return this;
        }

        /**
         * Appends one entry to {@link FirstbootCustomization#scripts() scripts}.
         *
         * @param entry the entry
         * @return this builder
         */
        public Builder addScript(FirstbootScript entry) {
            scripts.add(entry);
            return this;
        }

        /**
         * Appends one entry to {@link FirstbootCustomization#scripts() scripts}, built by the consumer.
         *
         * @param build sets the entry's values
         * @return this builder
         */
        public Builder addScript(Consumer<FirstbootScript.Builder> build) {
            FirstbootScript.Builder builder = FirstbootScript.builder();
            build.accept(builder);
            return addScript(builder.build());
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
            unknownKeys.put(key, ModelCollections.unknownValue(FirstbootCustomization.class, key, value));
            return this;
        }

        /**
         * Creates the {@link FirstbootCustomization}.
         *
         * @return a new immutable object
         */
        public FirstbootCustomization build() {
            return new FirstbootCustomization(scripts, unknownKeys);
        }
    }
}
