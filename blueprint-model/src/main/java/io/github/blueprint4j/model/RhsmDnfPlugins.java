package io.github.blueprint4j.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.blueprint4j.model.internal.Redaction;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * DNF plugins of subscription-manager.
 *
 * <p>In a blueprint: {@code customizations.rhsm.config.dnf_plugins}.
 *
 * @param productId the product-id plugin (key {@code product_id})
 * @param subscriptionManager the subscription-manager plugin (key {@code subscription_manager})
 * @param unknownKeys keys of this table that the blueprint format does not define, with their values, kept so
 *                    that reading and writing back loses nothing; never {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RhsmDnfPlugins(
        @Valid
        @JsonProperty("product_id") DnfPluginConfig productId,
        @Valid
        @JsonProperty("subscription_manager") DnfPluginConfig subscriptionManager,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownKeys) {

    /**
     * Copies the collections: lists and maps are unmodifiable and never {@code null}.
     *
     * @param productId the value of {@code product_id}
     * @param subscriptionManager the value of {@code subscription_manager}
     * @param unknownKeys the keys the format does not define
     * @throws NullPointerException if a list contains {@code null}
     * @throws InvalidValueException if an unknown key is one of the format's keys of this table, or its
     *                               value holds something TOML and JSON cannot carry
     */
    public RhsmDnfPlugins {
        unknownKeys = ModelCollections.unknownKeys(unknownKeys, RhsmDnfPlugins.class);
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
     * Builds {@link RhsmDnfPlugins} objects. Not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private DnfPluginConfig productId;
        private DnfPluginConfig subscriptionManager;
        private final Map<String, Object> unknownKeys = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(RhsmDnfPlugins from) {
            productId = from.productId;
            subscriptionManager = from.subscriptionManager;
            unknownKeys.putAll(from.unknownKeys);
        }

        /**
         * Sets {@link RhsmDnfPlugins#productId() product_id}: the product-id plugin.
         *
         * @param productId the value, or {@code null} for absent
         * @return this builder
         */
        public Builder productId(DnfPluginConfig productId) {
            this.productId = productId;
            return this;
        }

        /**
         * Edits {@link RhsmDnfPlugins#productId() product_id} in place: the consumer receives a builder holding the current value (or an empty one) and the result replaces it.
         *
         * @param edit sets the values
         * @return this builder
         */
        public Builder productId(Consumer<DnfPluginConfig.Builder> edit) {
            DnfPluginConfig.Builder builder = productId == null ? DnfPluginConfig.builder() : productId.toBuilder();
            edit.accept(builder);
            this.productId = builder.build();
            return this;
        }

        /**
         * Sets {@link RhsmDnfPlugins#subscriptionManager() subscription_manager}: the subscription-manager plugin.
         *
         * @param subscriptionManager the value, or {@code null} for absent
         * @return this builder
         */
        public Builder subscriptionManager(DnfPluginConfig subscriptionManager) {
            this.subscriptionManager = subscriptionManager;
            return this;
        }

        /**
         * Edits {@link RhsmDnfPlugins#subscriptionManager() subscription_manager} in place: the consumer receives a builder holding the current value (or an empty one) and the result replaces it.
         *
         * @param edit sets the values
         * @return this builder
         */
        public Builder subscriptionManager(Consumer<DnfPluginConfig.Builder> edit) {
            DnfPluginConfig.Builder builder = subscriptionManager == null ? DnfPluginConfig.builder() : subscriptionManager.toBuilder();
            edit.accept(builder);
            this.subscriptionManager = builder.build();
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
            unknownKeys.put(key, ModelCollections.unknownValue(RhsmDnfPlugins.class, key, value));
            return this;
        }

        /**
         * Creates the {@link RhsmDnfPlugins}.
         *
         * @return a new immutable object
         */
        public RhsmDnfPlugins build() {
            return new RhsmDnfPlugins(productId, subscriptionManager, unknownKeys);
        }
    }
}
