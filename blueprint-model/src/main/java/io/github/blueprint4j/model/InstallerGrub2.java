package io.github.blueprint4j.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.blueprint4j.model.internal.Redaction;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * GRUB 2 settings of the installer.
 *
 * <p>In a blueprint: {@code customizations.installer.bootloader.grub2}.
 *
 * @param menuTimeout seconds the boot menu waits; absent means the image's default (key {@code menu-timeout})
 * @param unknownKeys keys of this table that the blueprint format does not define, with their values, kept so
 *                    that reading and writing back loses nothing; never {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InstallerGrub2(
        @JsonProperty("menu-timeout") Long menuTimeout,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownKeys) {

    /**
     * Copies the collections: lists and maps are unmodifiable and never {@code null}.
     *
     * @param menuTimeout the value of {@code menu-timeout}
     * @param unknownKeys the keys the format does not define
     * @throws NullPointerException if a list contains {@code null}
     * @throws InvalidValueException if an unknown key is one of the format's keys of this table, or its
     *                               value holds something TOML and JSON cannot carry
     */
    public InstallerGrub2 {
        unknownKeys = ModelCollections.unknownKeys(unknownKeys, InstallerGrub2.class);
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
     * Builds {@link InstallerGrub2} objects. Not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private Long menuTimeout;
        private final Map<String, Object> unknownKeys = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(InstallerGrub2 from) {
            menuTimeout = from.menuTimeout;
            unknownKeys.putAll(from.unknownKeys);
        }

        /**
         * Sets {@link InstallerGrub2#menuTimeout() menu-timeout}: seconds the boot menu waits; absent means the image's default.
         *
         * @param menuTimeout the value, or {@code null} for absent
         * @return this builder
         */
        public Builder menuTimeout(Long menuTimeout) {
            this.menuTimeout = menuTimeout;
            return this;
        }

        /**
         * Sets {@link InstallerGrub2#menuTimeout() menu-timeout} to a number, so that {@code menuTimeout(1000)} needs no {@code L}.
         *
         * @param menuTimeout the value
         * @return this builder
         */
        public Builder menuTimeout(long menuTimeout) {
            return menuTimeout(Long.valueOf(menuTimeout));
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
            unknownKeys.put(key, ModelCollections.unknownValue(InstallerGrub2.class, key, value));
            return this;
        }

        /**
         * Creates the {@link InstallerGrub2}.
         *
         * @return a new immutable object
         */
        public InstallerGrub2 build() {
            return new InstallerGrub2(menuTimeout, unknownKeys);
        }
    }
}
