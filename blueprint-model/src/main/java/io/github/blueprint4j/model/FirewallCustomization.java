package io.github.blueprint4j.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.blueprint4j.model.constraints.Advisory;
import io.github.blueprint4j.model.constraints.FwPortFormat;
import io.github.blueprint4j.model.constraints.FwPortRange;
import io.github.blueprint4j.model.internal.Redaction;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Firewall settings, added to the image type's own configuration.
 *
 * <p>In a blueprint: {@code customizations.firewall}.
 *
 * @param ports ports to open as {@code port:protocol} or {@code from-to:protocol}; a port may be a number or a service name (key {@code ports})
 * @param services firewalld services to enable or disable (key {@code services})
 * @param zones firewalld zones with their sources (key {@code zones})
 * @param unknownKeys keys of this table that the blueprint format does not define, with their values, kept so
 *                    that reading and writing back loses nothing; never {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FirewallCustomization(
        @JsonProperty("ports") List<@FwPortFormat(groups = Advisory.class) @FwPortRange(groups = Advisory.class) String> ports,
        @Valid
        @JsonProperty("services") FirewallServices services,
        @JsonProperty("zones") List<@Valid FirewallZone> zones,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownKeys) {

    /**
     * Copies the collections: lists and maps are unmodifiable and never {@code null}.
     *
     * @param ports the value of {@code ports}
     * @param services the value of {@code services}
     * @param zones the value of {@code zones}
     * @param unknownKeys the keys the format does not define
     * @throws NullPointerException if a list contains {@code null}
     * @throws InvalidValueException if an unknown key is one of the format's keys of this table, or its
     *                               value holds something TOML and JSON cannot carry
     */
    public FirewallCustomization {
        ports = ModelCollections.list(ports, "ports");
        zones = ModelCollections.list(zones, "zones");
        unknownKeys = ModelCollections.unknownKeys(unknownKeys, FirewallCustomization.class);
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
     * Builds {@link FirewallCustomization} objects. Not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private final List<String> ports = new ArrayList<>();
        private FirewallServices services;
        private final List<FirewallZone> zones = new ArrayList<>();
        private final Map<String, Object> unknownKeys = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(FirewallCustomization from) {
            ports.addAll(from.ports);
            services = from.services;
            zones.addAll(from.zones);
            unknownKeys.putAll(from.unknownKeys);
        }

        /**
         * Replaces {@link FirewallCustomization#ports() ports}: ports to open as {@code port:protocol} or {@code from-to:protocol}; a port may be a number or a service name.
         *
         * @param ports the values
         * @return this builder
         */
        public Builder ports(List<String> ports) {
            this.ports.clear();
            this.ports.addAll(ports);
            return this;
        }

        /**
         * Replaces {@link FirewallCustomization#ports() ports}: ports to open as {@code port:protocol} or {@code from-to:protocol}; a port may be a number or a service name.
         *
         * @param ports the values
         * @return this builder
         */
        public Builder ports(String... ports) {
            return ports(Arrays.asList(ports));
        }

        /**
         * Appends one value to {@link FirewallCustomization#ports() ports}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder addPort(String value) {
            ports.add(value);
            return this;
        }

        /**
         * Sets {@link FirewallCustomization#services() services}: firewalld services to enable or disable.
         *
         * @param services the value, or {@code null} for absent
         * @return this builder
         */
        public Builder services(FirewallServices services) {
            this.services = services;
            return this;
        }

        /**
         * Edits {@link FirewallCustomization#services() services} in place: the consumer receives a builder holding the current value (or an empty one) and the result replaces it.
         *
         * @param edit sets the values
         * @return this builder
         */
        public Builder services(Consumer<FirewallServices.Builder> edit) {
            FirewallServices.Builder builder = services == null ? FirewallServices.builder() : services.toBuilder();
            edit.accept(builder);
            this.services = builder.build();
            return this;
        }

        /**
         * Replaces {@link FirewallCustomization#zones() zones}: firewalld zones with their sources.
         *
         * @param zones the entries
         * @return this builder
         */
        public Builder zones(List<FirewallZone> zones) {
            this.zones.clear();
            this.zones.addAll(zones);
            return this;
        }

        /**
         * Appends one entry to {@link FirewallCustomization#zones() zones}.
         *
         * @param entry the entry
         * @return this builder
         */
        public Builder addZone(FirewallZone entry) {
            zones.add(entry);
            return this;
        }

        /**
         * Appends one entry to {@link FirewallCustomization#zones() zones}, built by the consumer.
         *
         * @param build sets the entry's values
         * @return this builder
         */
        public Builder addZone(Consumer<FirewallZone.Builder> build) {
            FirewallZone.Builder builder = FirewallZone.builder();
            build.accept(builder);
            return addZone(builder.build());
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
            unknownKeys.put(key, ModelCollections.unknownValue(FirewallCustomization.class, key, value));
            return this;
        }

        /**
         * Creates the {@link FirewallCustomization}.
         *
         * @return a new immutable object
         */
        public FirewallCustomization build() {
            return new FirewallCustomization(ports, services, zones, unknownKeys);
        }
    }
}
