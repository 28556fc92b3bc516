package io.github.blueprint4j.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.blueprint4j.model.constraints.Advisory;
import io.github.blueprint4j.model.constraints.InstModuleNames;
import io.github.blueprint4j.model.internal.Redaction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Anaconda D-Bus modules to enable or disable, such as {@code org.fedoraproject.Anaconda.Modules.Users}.
 *
 * <p>In a blueprint: {@code customizations.installer.modules}.
 *
 * @param enable modules to enable (key {@code enable})
 * @param disable modules to disable (key {@code disable})
 * @param unknownKeys keys of this table that the blueprint format does not define, with their values, kept so
 *                    that reading and writing back loses nothing; never {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AnacondaModules(
        @JsonProperty("enable") List<@InstModuleNames(groups = Advisory.class) String> enable,
        @JsonProperty("disable") List<@InstModuleNames(groups = Advisory.class) String> disable,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownKeys) {

    /**
     * Copies the collections: lists and maps are unmodifiable and never {@code null}.
     *
     * @param enable the value of {@code enable}
     * @param disable the value of {@code disable}
     * @param unknownKeys the keys the format does not define
     * @throws NullPointerException if a list contains {@code null}
     * @throws InvalidValueException if an unknown key is one of the format's keys of this table, or its
     *                               value holds something TOML and JSON cannot carry
     */
    public AnacondaModules {
        enable = ModelCollections.list(enable, "enable");
        disable = ModelCollections.list(disable, "disable");
        unknownKeys = ModelCollections.unknownKeys(unknownKeys, AnacondaModules.class);
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
     * Builds {@link AnacondaModules} objects. Not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private final List<String> enable = new ArrayList<>();
        private final List<String> disable = new ArrayList<>();
        private final Map<String, Object> unknownKeys = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(AnacondaModules from) {
            enable.addAll(from.enable);
            disable.addAll(from.disable);
            unknownKeys.putAll(from.unknownKeys);
        }

        /**
         * Replaces {@link AnacondaModules#enable() enable}: modules to enable.
         *
         * @param enable the values
         * @return this builder
         */
        public Builder enable(List<String> enable) {
            this.enable.clear();
            this.enable.addAll(enable);
            return this;
        }

        /**
         * Replaces {@link AnacondaModules#enable() enable}: modules to enable.
         *
         * @param enable the values
         * @return this builder
         */
        public Builder enable(String... enable) {
            return enable(Arrays.asList(enable));
        }

        /**
         * Appends one value to {@link AnacondaModules#enable() enable}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder addEnable(String value) {
            enable.add(value);
            return this;
        }

        /**
         * Replaces {@link AnacondaModules#disable() disable}: modules to disable.
         *
         * @param disable the values
         * @return this builder
         */
        public Builder disable(List<String> disable) {
            this.disable.clear();
            this.disable.addAll(disable);
            return this;
        }

        /**
         * Replaces {@link AnacondaModules#disable() disable}: modules to disable.
         *
         * @param disable the values
         * @return this builder
         */
        public Builder disable(String... disable) {
            return disable(Arrays.asList(disable));
        }

        /**
         * Appends one value to {@link AnacondaModules#disable() disable}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder addDisable(String value) {
            disable.add(value);
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
            unknownKeys.put(key, ModelCollections.unknownValue(AnacondaModules.class, key, value));
            return this;
        }

        /**
         * Creates the {@link AnacondaModules}.
         *
         * @return a new immutable object
         */
        public AnacondaModules build() {
            return new AnacondaModules(enable, disable, unknownKeys);
        }
    }
}
