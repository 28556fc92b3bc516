package io.github.blueprint4j.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.blueprint4j.model.constraints.Advisory;
import io.github.blueprint4j.model.constraints.SshkeyAsUser;
import io.github.blueprint4j.model.constraints.SshkeyKeyRequired;
import io.github.blueprint4j.model.constraints.SshkeyPrivateKey;
import io.github.blueprint4j.model.constraints.SshkeyUserRequired;
import io.github.blueprint4j.model.constraints.UserNamePattern;
import io.github.blueprint4j.model.internal.Redaction;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A public key for an existing user: the legacy way to add keys. Each entry becomes a user
 * entry placed before the explicit {@code user} entries.
 *
 * <p>In a blueprint: {@code customizations.sshkey[]}.
 *
 * @param user name of an existing user (key {@code user})
 * @param key the full public key line (key {@code key})
 * @param unknownKeys keys of this table that the blueprint format does not define, with their values, kept so
 *                    that reading and writing back loses nothing; never {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@SshkeyAsUser(groups = Advisory.class)
public record SshKeyCustomization(
        @SshkeyUserRequired(groups = Advisory.class)
        @UserNamePattern(groups = Advisory.class)
        @JsonProperty("user") String user,
        @SshkeyKeyRequired(groups = Advisory.class)
        @SshkeyPrivateKey(groups = Advisory.class)
        @JsonProperty("key") String key,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownKeys) {

    /**
     * Copies the collections: lists and maps are unmodifiable and never {@code null}.
     *
     * @param user the value of {@code user}
     * @param key the value of {@code key}
     * @param unknownKeys the keys the format does not define
     * @throws NullPointerException if a list contains {@code null}
     * @throws InvalidValueException if an unknown key is one of the format's keys of this table, or its
     *                               value holds something TOML and JSON cannot carry
     */
    public SshKeyCustomization {
        unknownKeys = ModelCollections.unknownKeys(unknownKeys, SshKeyCustomization.class);
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
     * Builds {@link SshKeyCustomization} objects. Not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private String user;
        private String key;
        private final Map<String, Object> unknownKeys = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(SshKeyCustomization from) {
            user = from.user;
            key = from.key;
            unknownKeys.putAll(from.unknownKeys);
        }

        /**
         * Sets {@link SshKeyCustomization#user() user}: name of an existing user.
         *
         * @param user the value, or {@code null} for absent
         * @return this builder
         */
        public Builder user(String user) {
            this.user = user;
            return this;
        }

        /**
         * Sets {@link SshKeyCustomization#key() key}: the full public key line.
         *
         * @param key the value, or {@code null} for absent
         * @return this builder
         */
        public Builder key(String key) {
            this.key = key;
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
            unknownKeys.put(key, ModelCollections.unknownValue(SshKeyCustomization.class, key, value));
            return this;
        }

        /**
         * Creates the {@link SshKeyCustomization}.
         *
         * @return a new immutable object
         */
        public SshKeyCustomization build() {
            return new SshKeyCustomization(user, key, unknownKeys);
        }
    }
}
