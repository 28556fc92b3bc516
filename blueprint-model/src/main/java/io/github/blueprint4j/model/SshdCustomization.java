package io.github.blueprint4j.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.blueprint4j.model.constraints.Advisory;
import io.github.blueprint4j.model.constraints.SshdClientAlive;
import io.github.blueprint4j.model.constraints.SshdPermitRootLogin;
import io.github.blueprint4j.model.internal.Redaction;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * OpenSSH server settings, applied to image types that configure sshd.
 *
 * <p>In a blueprint: {@code customizations.sshd}.
 *
 * @param passwordAuthentication allow password authentication; absent means the image's default (key {@code password_authentication})
 * @param kbdInteractiveAuthentication allow keyboard-interactive authentication; absent means the image's default (key {@code kbd_interactive_authentication})
 * @param clientAliveInterval seconds between keep-alive messages; absent means the image's default (key {@code client_alive_interval})
 * @param permitRootLogin {@code prohibit-password} or {@code forced-commands-only}; absent means the image's default (key {@code permit_root_login})
 * @param unknownKeys keys of this table that the blueprint format does not define, with their values, kept so
 *                    that reading and writing back loses nothing; never {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SshdCustomization(
        @JsonProperty("password_authentication") Boolean passwordAuthentication,
        @JsonProperty("kbd_interactive_authentication") Boolean kbdInteractiveAuthentication,
        @SshdClientAlive(groups = Advisory.class)
        @JsonProperty("client_alive_interval") Long clientAliveInterval,
        @SshdPermitRootLogin(groups = Advisory.class)
        @JsonProperty("permit_root_login") String permitRootLogin,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownKeys) {

    /**
     * Copies the collections: lists and maps are unmodifiable and never {@code null}.
     *
     * @param passwordAuthentication the value of {@code password_authentication}
     * @param kbdInteractiveAuthentication the value of {@code kbd_interactive_authentication}
     * @param clientAliveInterval the value of {@code client_alive_interval}
     * @param permitRootLogin the value of {@code permit_root_login}
     * @param unknownKeys the keys the format does not define
     * @throws NullPointerException if a list contains {@code null}
     * @throws InvalidValueException if an unknown key is one of the format's keys of this table, or its
     *                               value holds something TOML and JSON cannot carry
     */
    public SshdCustomization {
        unknownKeys = ModelCollections.unknownKeys(unknownKeys, SshdCustomization.class);
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
     * Builds {@link SshdCustomization} objects. Not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private Boolean passwordAuthentication;
        private Boolean kbdInteractiveAuthentication;
        private Long clientAliveInterval;
        private String permitRootLogin;
        private final Map<String, Object> unknownKeys = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(SshdCustomization from) {
            passwordAuthentication = from.passwordAuthentication;
            kbdInteractiveAuthentication = from.kbdInteractiveAuthentication;
            clientAliveInterval = from.clientAliveInterval;
            permitRootLogin = from.permitRootLogin;
            unknownKeys.putAll(from.unknownKeys);
        }

        /**
         * Sets {@link SshdCustomization#passwordAuthentication() password_authentication}: allow password authentication; absent means the image's default.
         *
         * @param passwordAuthentication the value, or {@code null} for absent
         * @return this builder
         */
        public Builder passwordAuthentication(Boolean passwordAuthentication) {
            this.passwordAuthentication = passwordAuthentication;
            return this;
        }

        /**
         * Sets {@link SshdCustomization#kbdInteractiveAuthentication() kbd_interactive_authentication}: allow keyboard-interactive authentication; absent means the image's default.
         *
         * @param kbdInteractiveAuthentication the value, or {@code null} for absent
         * @return this builder
         */
        public Builder kbdInteractiveAuthentication(Boolean kbdInteractiveAuthentication) {
            this.kbdInteractiveAuthentication = kbdInteractiveAuthentication;
            return this;
        }

        /**
         * Sets {@link SshdCustomization#clientAliveInterval() client_alive_interval}: seconds between keep-alive messages; absent means the image's default.
         *
         * @param clientAliveInterval the value, or {@code null} for absent
         * @return this builder
         */
        public Builder clientAliveInterval(Long clientAliveInterval) {
            this.clientAliveInterval = clientAliveInterval;
            return this;
        }

        /**
         * Sets {@link SshdCustomization#clientAliveInterval() client_alive_interval} to a number, so that {@code clientAliveInterval(1000)} needs no {@code L}.
         *
         * @param clientAliveInterval the value
         * @return this builder
         */
        public Builder clientAliveInterval(long clientAliveInterval) {
            return clientAliveInterval(Long.valueOf(clientAliveInterval));
        }

        /**
         * Sets {@link SshdCustomization#permitRootLogin() permit_root_login}: {@code prohibit-password} or {@code forced-commands-only}; absent means the image's default.
         *
         * @param permitRootLogin the value, or {@code null} for absent
         * @return this builder
         */
        public Builder permitRootLogin(String permitRootLogin) {
            this.permitRootLogin = permitRootLogin;
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
            unknownKeys.put(key, ModelCollections.unknownValue(SshdCustomization.class, key, value));
            return this;
        }

        /**
         * Creates the {@link SshdCustomization}.
         *
         * @return a new immutable object
         */
        public SshdCustomization build() {
            return new SshdCustomization(passwordAuthentication, kbdInteractiveAuthentication, clientAliveInterval, permitRootLogin, unknownKeys);
        }
    }
}
