package io.github.blueprint4j.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.blueprint4j.model.internal.Redaction;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code [rhsm]} section of {@code rhsm.conf}.
 *
 * <p>In a blueprint: {@code customizations.rhsm.config.subscription_manager.rhsm}.
 *
 * @param manageRepos let subscription-manager manage repositories; absent means the image's default (key {@code manage_repos})
 * @param autoEnableYumPlugins enable the yum plugins automatically; absent means the image's default (key {@code auto_enable_yum_plugins})
 * @param unknownKeys keys of this table that the blueprint format does not define, with their values, kept so
 *                    that reading and writing back loses nothing; never {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubManRhsmSection(
        @JsonProperty("manage_repos") Boolean manageRepos,
        @JsonProperty("auto_enable_yum_plugins") Boolean autoEnableYumPlugins,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownKeys) {

    /**
     * Copies the collections: lists and maps are unmodifiable and never {@code null}.
     *
     * @param manageRepos the value of {@code manage_repos}
     * @param autoEnableYumPlugins the value of {@code auto_enable_yum_plugins}
     * @param unknownKeys the keys the format does not define
     * @throws NullPointerException if a list contains {@code null}
     * @throws InvalidValueException if an unknown key is one of the format's keys of this table, or its
     *                               value holds something TOML and JSON cannot carry
     */
    public SubManRhsmSection {
        unknownKeys = ModelCollections.unknownKeys(unknownKeys, SubManRhsmSection.class);
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
     * Builds {@link SubManRhsmSection} objects. Not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private Boolean manageRepos;
        private Boolean autoEnableYumPlugins;
        private final Map<String, Object> unknownKeys = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(SubManRhsmSection from) {
            manageRepos = from.manageRepos;
            autoEnableYumPlugins = from.autoEnableYumPlugins;
            unknownKeys.putAll(from.unknownKeys);
        }

        /**
         * Sets {@link SubManRhsmSection#manageRepos() manage_repos}: let subscription-manager manage repositories; absent means the image's default.
         *
         * @param manageRepos the value, or {@code null} for absent
         * @return this builder
         */
        public Builder manageRepos(Boolean manageRepos) {
            this.manageRepos = manageRepos;
            return this;
        }

        /**
         * Sets {@link SubManRhsmSection#autoEnableYumPlugins() auto_enable_yum_plugins}: enable the yum plugins automatically; absent means the image's default.
         *
         * @param autoEnableYumPlugins the value, or {@code null} for absent
         * @return this builder
         */
        public Builder autoEnableYumPlugins(Boolean autoEnableYumPlugins) {
            this.autoEnableYumPlugins = autoEnableYumPlugins;
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
            unknownKeys.put(key, ModelCollections.unknownValue(SubManRhsmSection.class, key, value));
            return this;
        }

        /**
         * Creates the {@link SubManRhsmSection}.
         *
         * @return a new immutable object
         */
        public SubManRhsmSection build() {
            return new SubManRhsmSection(manageRepos, autoEnableYumPlugins, unknownKeys);
        }
    }
}
