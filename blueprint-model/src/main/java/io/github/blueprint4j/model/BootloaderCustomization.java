package io.github.blueprint4j.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.blueprint4j.model.internal.Redaction;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Boot loader settings of the bootc disk image types (the GRUB2 serial console), new in
 * osbuild/blueprint v1.32. Their keys are not yet verified against that release, so the section is
 * known but its contents are kept as written, unchecked: reading reports them with the code
 * {@code BOOTLOADER-UNVERIFIED} (info), and writing puts them back unchanged, even when a writer
 * drops unknown keys.
 *
 * <p>In a blueprint: {@code customizations.bootloader}. Not to be confused with
 * {@code customizations.installer.bootloader} ({@link InstallerBootloader}).
 *
 * @param unknownKeys the section's keys with their values, as written; never {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BootloaderCustomization(
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownKeys) {

    /**
     * Copies the map: it is unmodifiable and never {@code null}.
     *
     * @param unknownKeys the section's keys
     */
    public BootloaderCustomization {
        unknownKeys = ModelCollections.unknownKeys(unknownKeys, BootloaderCustomization.class);
    }

    /**
     * Describes the section without the values a secret-looking key holds.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return Redaction.toString(this);
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
     * Builds {@link BootloaderCustomization} objects. Not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private final Map<String, Object> unknownKeys = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(BootloaderCustomization from) {
            unknownKeys.putAll(from.unknownKeys);
        }

        /**
         * Replaces the section's keys.
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
         * Adds a key of the section; it is written back as it is.
         *
         * @param key the key, such as {@code grub2}
         * @param value a string, boolean, number, list or map
         * @return this builder
         */
        public Builder putUnknownKey(String key, Object value) {
            unknownKeys.put(key, value);
            return this;
        }

        /**
         * Creates the {@link BootloaderCustomization}.
         *
         * @return a new immutable object
         */
        public BootloaderCustomization build() {
            return new BootloaderCustomization(unknownKeys);
        }
    }
}
