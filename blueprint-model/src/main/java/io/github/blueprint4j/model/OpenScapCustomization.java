package io.github.blueprint4j.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.blueprint4j.model.constraints.Advisory;
import io.github.blueprint4j.model.constraints.OscapProfileAllowed;
import io.github.blueprint4j.model.constraints.OscapProfileRequired;
import io.github.blueprint4j.model.constraints.OscapTailoringExclusive;
import io.github.blueprint4j.model.internal.Redaction;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * OpenSCAP remediation at build time.
 *
 * <p>In a blueprint: {@code customizations.openscap}.
 *
 * @param datastream path of the SCAP datastream in the image; absent means the distribution's default (key {@code datastream})
 * @param profileId XCCDF profile id or its suffix such as {@code cis}; required when the table is present (key {@code profile_id})
 * @param tailoring rules to add to or remove from the profile (exclusive with {@code json_tailoring}) (key {@code tailoring})
 * @param jsonTailoring a JSON tailoring file in the image (exclusive with {@code tailoring}) (key {@code json_tailoring})
 * @param policyId opaque policy id used by the hosted service (key {@code policy_id})
 * @param unknownKeys keys of this table that the blueprint format does not define, with their values, kept so
 *                    that reading and writing back loses nothing; never {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@OscapTailoringExclusive(groups = Advisory.class)
public record OpenScapCustomization(
        @JsonProperty("datastream") String datastream,
        @OscapProfileRequired(groups = Advisory.class)
        @OscapProfileAllowed(groups = Advisory.class)
        @JsonProperty("profile_id") String profileId,
        @Valid
        @JsonProperty("tailoring") OpenScapTailoring tailoring,
        @Valid
        @JsonProperty("json_tailoring") OpenScapJsonTailoring jsonTailoring,
        @JsonProperty("policy_id") String policyId,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownKeys) {

    /**
     * Copies the collections: lists and maps are unmodifiable and never {@code null}.
     *
     * @param datastream the value of {@code datastream}
     * @param profileId the value of {@code profile_id}
     * @param tailoring the value of {@code tailoring}
     * @param jsonTailoring the value of {@code json_tailoring}
     * @param policyId the value of {@code policy_id}
     * @param unknownKeys the keys the format does not define
     * @throws NullPointerException if a list contains {@code null}
     * @throws InvalidValueException if an unknown key is one of the format's keys of this table, or its
     *                               value holds something TOML and JSON cannot carry
     */
    public OpenScapCustomization {
        unknownKeys = ModelCollections.unknownKeys(unknownKeys, OpenScapCustomization.class);
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
     * Builds {@link OpenScapCustomization} objects. Not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private String datastream;
        private String profileId;
        private OpenScapTailoring tailoring;
        private OpenScapJsonTailoring jsonTailoring;
        private String policyId;
        private final Map<String, Object> unknownKeys = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(OpenScapCustomization from) {
            datastream = from.datastream;
            profileId = from.profileId;
            tailoring = from.tailoring;
            jsonTailoring = from.jsonTailoring;
            policyId = from.policyId;
            unknownKeys.putAll(from.unknownKeys);
        }

        /**
         * Sets {@link OpenScapCustomization#datastream() datastream}: path of the SCAP datastream in the image; absent means the distribution's default.
         *
         * @param datastream the value, or {@code null} for absent
         * @return this builder
         */
        public Builder datastream(String datastream) {
            this.datastream = datastream;
            return this;
        }

        /**
         * Sets {@link OpenScapCustomization#profileId() profile_id}: XCCDF profile id or its suffix such as {@code cis}; required when the table is present.
         *
         * @param profileId the value, or {@code null} for absent
         * @return this builder
         */
        public Builder profileId(String profileId) {
            this.profileId = profileId;
            return this;
        }

        /**
         * Sets {@link OpenScapCustomization#tailoring() tailoring}: rules to add to or remove from the profile (exclusive with {@code json_tailoring}).
         *
         * @param tailoring the value, or {@code null} for absent
         * @return this builder
         */
        public Builder tailoring(OpenScapTailoring tailoring) {
            this.tailoring = tailoring;
            return this;
        }

        /**
         * Edits {@link OpenScapCustomization#tailoring() tailoring} in place: the consumer receives a builder holding the current value (or an empty one) and the result replaces it.
         *
         * @param edit sets the values
         * @return this builder
         */
        public Builder tailoring(Consumer<OpenScapTailoring.Builder> edit) {
            OpenScapTailoring.Builder builder = tailoring == null ? OpenScapTailoring.builder() : tailoring.toBuilder();
            edit.accept(builder);
            this.tailoring = builder.build();
            return this;
        }

        /**
         * Sets {@link OpenScapCustomization#jsonTailoring() json_tailoring}: a JSON tailoring file in the image (exclusive with {@code tailoring}).
         *
         * @param jsonTailoring the value, or {@code null} for absent
         * @return this builder
         */
        public Builder jsonTailoring(OpenScapJsonTailoring jsonTailoring) {
            this.jsonTailoring = jsonTailoring;
            return this;
        }

        /**
         * Edits {@link OpenScapCustomization#jsonTailoring() json_tailoring} in place: the consumer receives a builder holding the current value (or an empty one) and the result replaces it.
         *
         * @param edit sets the values
         * @return this builder
         */
        public Builder jsonTailoring(Consumer<OpenScapJsonTailoring.Builder> edit) {
            OpenScapJsonTailoring.Builder builder = jsonTailoring == null ? OpenScapJsonTailoring.builder() : jsonTailoring.toBuilder();
            edit.accept(builder);
            this.jsonTailoring = builder.build();
            return this;
        }

        /**
         * Sets {@link OpenScapCustomization#policyId() policy_id}: opaque policy id used by the hosted service.
         *
         * @param policyId the value, or {@code null} for absent
         * @return this builder
         */
        public Builder policyId(String policyId) {
            this.policyId = policyId;
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
            unknownKeys.put(key, ModelCollections.unknownValue(OpenScapCustomization.class, key, value));
            return this;
        }

        /**
         * Creates the {@link OpenScapCustomization}.
         *
         * @return a new immutable object
         */
        public OpenScapCustomization build() {
            return new OpenScapCustomization(datastream, profileId, tailoring, jsonTailoring, policyId, unknownKeys);
        }
    }
}
