package io.github.blueprint4j.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.blueprint4j.model.constraints.Advisory;
import io.github.blueprint4j.model.constraints.LocaleNames;
import io.github.blueprint4j.model.constraints.LocaleNotEmpty;
import io.github.blueprint4j.model.constraints.LocalePrimaryOnly;
import io.github.blueprint4j.model.internal.Redaction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Languages and keyboard layout. A single table: the array form {@code [[customizations.locale]]} is refused.
 *
 * <p>In a blueprint: {@code customizations.locale}.
 *
 * @param languages locale names such as {@code en_US.UTF-8}; only the first is applied as the system language (key {@code languages})
 * @param keyboard keymap such as {@code us} (key {@code keyboard})
 * @param unknownKeys keys of this table that the blueprint format does not define, with their values, kept so
 *                    that reading and writing back loses nothing; never {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@LocaleNotEmpty(groups = Advisory.class)
@LocaleNames(groups = Advisory.class)
public record LocaleCustomization(
        @LocalePrimaryOnly(groups = Advisory.class)
        @JsonProperty("languages") List<String> languages,
        @JsonProperty("keyboard") String keyboard,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownKeys) {

    /**
     * Copies the collections: lists and maps are unmodifiable and never {@code null}.
     *
     * @param languages the value of {@code languages}
     * @param keyboard the value of {@code keyboard}
     * @param unknownKeys the keys the format does not define
     * @throws NullPointerException if a list contains {@code null}
     * @throws InvalidValueException if an unknown key is one of the format's keys of this table, or its
     *                               value holds something TOML and JSON cannot carry
     */
    public LocaleCustomization {
        languages = ModelCollections.list(languages, "languages");
        unknownKeys = ModelCollections.unknownKeys(unknownKeys, LocaleCustomization.class);
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
     * Builds {@link LocaleCustomization} objects. Not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private final List<String> languages = new ArrayList<>();
        private String keyboard;
        private final Map<String, Object> unknownKeys = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(LocaleCustomization from) {
            languages.addAll(from.languages);
            keyboard = from.keyboard;
            unknownKeys.putAll(from.unknownKeys);
        }

        /**
         * Replaces {@link LocaleCustomization#languages() languages}: locale names such as {@code en_US.UTF-8}; only the first is applied as the system language.
         *
         * @param languages the values
         * @return this builder
         */
        public Builder languages(List<String> languages) {
            this.languages.clear();
            this.languages.addAll(languages);
            return this;
        }

        /**
         * Replaces {@link LocaleCustomization#languages() languages}: locale names such as {@code en_US.UTF-8}; only the first is applied as the system language.
         *
         * @param languages the values
         * @return this builder
         */
        public Builder languages(String... languages) {
            return languages(Arrays.asList(languages));
        }

        /**
         * Appends one value to {@link LocaleCustomization#languages() languages}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder addLanguage(String value) {
            languages.add(value);
            return this;
        }

        /**
         * Sets {@link LocaleCustomization#keyboard() keyboard}: keymap such as {@code us}.
         *
         * @param keyboard the value, or {@code null} for absent
         * @return this builder
         */
        public Builder keyboard(String keyboard) {
            this.keyboard = keyboard;
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
            unknownKeys.put(key, ModelCollections.unknownValue(LocaleCustomization.class, key, value));
            return this;
        }

        /**
         * Creates the {@link LocaleCustomization}.
         *
         * @return a new immutable object
         */
        public LocaleCustomization build() {
            return new LocaleCustomization(languages, keyboard, unknownKeys);
        }
    }
}
