package io.github.blueprint4j.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.blueprint4j.model.constraints.Advisory;
import io.github.blueprint4j.model.constraints.IsoVolumeId;
import io.github.blueprint4j.model.constraints.IsoVolumeIdLength;
import io.github.blueprint4j.model.internal.Redaction;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * ISO 9660 metadata of installer images.
 *
 * <p>In a blueprint: {@code customizations.iso}.
 *
 * @param applicationId application id; absent means the image type's default (key {@code application_id})
 * @param publisher publisher; absent means the image type's default (key {@code publisher})
 * @param volumeId volume label, {@code [A-Za-z0-9_-]+}; required when the table is present (key {@code volume_id})
 * @param unknownKeys keys of this table that the blueprint format does not define, with their values, kept so
 *                    that reading and writing back loses nothing; never {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IsoCustomization(
        @JsonProperty("application_id") String applicationId,
        @JsonProperty("publisher") String publisher,
        @IsoVolumeId
        @IsoVolumeIdLength(groups = Advisory.class)
        @JsonProperty("volume_id") String volumeId,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownKeys) {

    /**
     * Copies the collections: lists and maps are unmodifiable and never {@code null}.
     *
     * @param applicationId the value of {@code application_id}
     * @param publisher the value of {@code publisher}
     * @param volumeId the value of {@code volume_id}
     * @param unknownKeys the keys the format does not define
     * @throws NullPointerException if a list contains {@code null}
     * @throws InvalidValueException if an unknown key is one of the format's keys of this table, or its
     *                               value holds something TOML and JSON cannot carry
     */
    public IsoCustomization {
        unknownKeys = ModelCollections.unknownKeys(unknownKeys, IsoCustomization.class);
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
     * Builds {@link IsoCustomization} objects. Not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private String applicationId;
        private String publisher;
        private String volumeId;
        private final Map<String, Object> unknownKeys = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(IsoCustomization from) {
            applicationId = from.applicationId;
            publisher = from.publisher;
            volumeId = from.volumeId;
            unknownKeys.putAll(from.unknownKeys);
        }

        /**
         * Sets {@link IsoCustomization#applicationId() application_id}: application id; absent means the image type's default.
         *
         * @param applicationId the value, or {@code null} for absent
         * @return this builder
         */
        public Builder applicationId(String applicationId) {
            this.applicationId = applicationId;
            return this;
        }

        /**
         * Sets {@link IsoCustomization#publisher() publisher}: publisher; absent means the image type's default.
         *
         * @param publisher the value, or {@code null} for absent
         * @return this builder
         */
        public Builder publisher(String publisher) {
            this.publisher = publisher;
            return this;
        }

        /**
         * Sets {@link IsoCustomization#volumeId() volume_id}: volume label, {@code [A-Za-z0-9_-]+}; required when the table is present.
         *
         * @param volumeId the value, or {@code null} for absent
         * @return this builder
         */
        public Builder volumeId(String volumeId) {
            this.volumeId = volumeId;
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
            unknownKeys.put(key, ModelCollections.unknownValue(IsoCustomization.class, key, value));
            return this;
        }

        /**
         * Creates the {@link IsoCustomization}.
         *
         * @return a new immutable object
         */
        public IsoCustomization build() {
            return new IsoCustomization(applicationId, publisher, volumeId, unknownKeys);
        }
    }
}
