package io.github.blueprint4j.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.blueprint4j.model.constraints.Advisory;
import io.github.blueprint4j.model.constraints.FdoDiunExactlyOne;
import io.github.blueprint4j.model.constraints.FdoMfgUrlRequired;
import io.github.blueprint4j.model.internal.Redaction;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * FIDO Device Onboarding: the manufacturing server and exactly one way to verify its DIUN key.
 *
 * <p>In a blueprint: {@code customizations.fdo}.
 *
 * @param manufacturingServerUrl URL of the manufacturing server; required when the table is present (key {@code manufacturing_server_url})
 * @param diunPubKeyInsecure skip DIUN key verification: a <em>string</em> such as {@code "true"}, not a boolean (key {@code diun_pub_key_insecure})
 * @param diunPubKeyHash DIUN certificate fingerprint {@code sha256:<hex>} (key {@code diun_pub_key_hash})
 * @param diunPubKeyRootCerts PEM root certificates of the DIUN key (key {@code diun_pub_key_root_certs})
 * @param diMfgStringTypeMacIface network interface whose MAC address is the manufacturing string (key {@code di_mfg_string_type_mac_iface})
 * @param unknownKeys keys of this table that the blueprint format does not define, with their values, kept so
 *                    that reading and writing back loses nothing; never {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@FdoDiunExactlyOne(groups = Advisory.class)
public record FdoCustomization(
        @FdoMfgUrlRequired(groups = Advisory.class)
        @JsonProperty("manufacturing_server_url") String manufacturingServerUrl,
        @JsonProperty("diun_pub_key_insecure") String diunPubKeyInsecure,
        @JsonProperty("diun_pub_key_hash") String diunPubKeyHash,
        @JsonProperty("diun_pub_key_root_certs") String diunPubKeyRootCerts,
        @JsonProperty("di_mfg_string_type_mac_iface") String diMfgStringTypeMacIface,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownKeys) {

    /**
     * Copies the collections: lists and maps are unmodifiable and never {@code null}.
     *
     * @param manufacturingServerUrl the value of {@code manufacturing_server_url}
     * @param diunPubKeyInsecure the value of {@code diun_pub_key_insecure}
     * @param diunPubKeyHash the value of {@code diun_pub_key_hash}
     * @param diunPubKeyRootCerts the value of {@code diun_pub_key_root_certs}
     * @param diMfgStringTypeMacIface the value of {@code di_mfg_string_type_mac_iface}
     * @param unknownKeys the keys the format does not define
     * @throws NullPointerException if a list contains {@code null}
     * @throws InvalidValueException if an unknown key is one of the format's keys of this table, or its
     *                               value holds something TOML and JSON cannot carry
     */
    public FdoCustomization {
        unknownKeys = ModelCollections.unknownKeys(unknownKeys, FdoCustomization.class);
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
     * Builds {@link FdoCustomization} objects. Not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private String manufacturingServerUrl;
        private String diunPubKeyInsecure;
        private String diunPubKeyHash;
        private String diunPubKeyRootCerts;
        private String diMfgStringTypeMacIface;
        private final Map<String, Object> unknownKeys = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(FdoCustomization from) {
            manufacturingServerUrl = from.manufacturingServerUrl;
            diunPubKeyInsecure = from.diunPubKeyInsecure;
            diunPubKeyHash = from.diunPubKeyHash;
            diunPubKeyRootCerts = from.diunPubKeyRootCerts;
            diMfgStringTypeMacIface = from.diMfgStringTypeMacIface;
            unknownKeys.putAll(from.unknownKeys);
        }

        /**
         * Sets {@link FdoCustomization#manufacturingServerUrl() manufacturing_server_url}: URL of the manufacturing server; required when the table is present.
         *
         * @param manufacturingServerUrl the value, or {@code null} for absent
         * @return this builder
         */
        public Builder manufacturingServerUrl(String manufacturingServerUrl) {
            this.manufacturingServerUrl = manufacturingServerUrl;
            return this;
        }

        /**
         * Sets {@link FdoCustomization#diunPubKeyInsecure() diun_pub_key_insecure}: skip DIUN key verification: a <em>string</em> such as {@code "true"}, not a boolean.
         *
         * @param diunPubKeyInsecure the value, or {@code null} for absent
         * @return this builder
         */
        public Builder diunPubKeyInsecure(String diunPubKeyInsecure) {
            this.diunPubKeyInsecure = diunPubKeyInsecure;
            return this;
        }

        /**
         * Sets {@link FdoCustomization#diunPubKeyHash() diun_pub_key_hash}: DIUN certificate fingerprint {@code sha256:<hex>}.
         *
         * @param diunPubKeyHash the value, or {@code null} for absent
         * @return this builder
         */
        public Builder diunPubKeyHash(String diunPubKeyHash) {
            this.diunPubKeyHash = diunPubKeyHash;
            return this;
        }

        /**
         * Sets {@link FdoCustomization#diunPubKeyRootCerts() diun_pub_key_root_certs}: PEM root certificates of the DIUN key.
         *
         * @param diunPubKeyRootCerts the value, or {@code null} for absent
         * @return this builder
         */
        public Builder diunPubKeyRootCerts(String diunPubKeyRootCerts) {
            this.diunPubKeyRootCerts = diunPubKeyRootCerts;
            return this;
        }

        /**
         * Sets {@link FdoCustomization#diMfgStringTypeMacIface() di_mfg_string_type_mac_iface}: network interface whose MAC address is the manufacturing string.
         *
         * @param diMfgStringTypeMacIface the value, or {@code null} for absent
         * @return this builder
         */
        public Builder diMfgStringTypeMacIface(String diMfgStringTypeMacIface) {
            this.diMfgStringTypeMacIface = diMfgStringTypeMacIface;
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
            unknownKeys.put(key, ModelCollections.unknownValue(FdoCustomization.class, key, value));
            return this;
        }

        /**
         * Creates the {@link FdoCustomization}.
         *
         * @return a new immutable object
         */
        public FdoCustomization build() {
            return new FdoCustomization(manufacturingServerUrl, diunPubKeyInsecure, diunPubKeyHash, diunPubKeyRootCerts, diMfgStringTypeMacIface, unknownKeys);
        }
    }
}
