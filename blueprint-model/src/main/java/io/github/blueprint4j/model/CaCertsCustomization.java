package io.github.blueprint4j.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.blueprint4j.model.constraints.CacertPem;
import io.github.blueprint4j.model.internal.Redaction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CA certificates added to the system trust store.
 *
 * <p>In a blueprint: {@code customizations.cacerts}.
 *
 * @param pemCerts PEM bundles, each with one or more {@code CERTIFICATE} blocks (key {@code pem_certs})
 * @param unknownKeys keys of this table that the blueprint format does not define, with their values, kept so
 *                    that reading and writing back loses nothing; never {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaCertsCustomization(
        @JsonProperty("pem_certs") List<@CacertPem String> pemCerts,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownKeys) {

    /**
     * Copies the collections: lists and maps are unmodifiable and never {@code null}.
     *
     * @param pemCerts the value of {@code pem_certs}
     * @param unknownKeys the keys the format does not define
     * @throws NullPointerException if a list contains {@code null}
     * @throws InvalidValueException if an unknown key is one of the format's keys of this table, or its
     *                               value holds something TOML and JSON cannot carry
     */
    public CaCertsCustomization {
        pemCerts = ModelCollections.list(pemCerts, "pem_certs");
        unknownKeys = ModelCollections.unknownKeys(unknownKeys, CaCertsCustomization.class);
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
     * Builds {@link CaCertsCustomization} objects. Not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private final List<String> pemCerts = new ArrayList<>();
        private final Map<String, Object> unknownKeys = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(CaCertsCustomization from) {
            pemCerts.addAll(from.pemCerts);
            unknownKeys.putAll(from.unknownKeys);
        }

        /**
         * Replaces {@link CaCertsCustomization#pemCerts() pem_certs}: PEM bundles, each with one or more {@code CERTIFICATE} blocks.
         *
         * @param pemCerts the values
         * @return this builder
         */
        public Builder pemCerts(List<String> pemCerts) {
            this.pemCerts.clear();
            this.pemCerts.addAll(pemCerts);
            return this;
        }

        /**
         * Replaces {@link CaCertsCustomization#pemCerts() pem_certs}: PEM bundles, each with one or more {@code CERTIFICATE} blocks.
         *
         * @param pemCerts the values
         * @return this builder
         */
        public Builder pemCerts(String... pemCerts) {
            return pemCerts(Arrays.asList(pemCerts));
        }

        /**
         * Appends one value to {@link CaCertsCustomization#pemCerts() pem_certs}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder addPemCert(String value) {
            pemCerts.add(value);
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
            unknownKeys.put(key, ModelCollections.unknownValue(CaCertsCustomization.class, key, value));
            return this;
        }

        /**
         * Creates the {@link CaCertsCustomization}.
         *
         * @return a new immutable object
         */
        public CaCertsCustomization build() {
            return new CaCertsCustomization(pemCerts, unknownKeys);
        }
    }
}
