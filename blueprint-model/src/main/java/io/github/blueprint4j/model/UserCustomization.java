package io.github.blueprint4j.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.blueprint4j.model.constraints.Advisory;
import io.github.blueprint4j.model.constraints.SshkeyPrivateKey;
import io.github.blueprint4j.model.constraints.UserHomeTrim;
import io.github.blueprint4j.model.constraints.UserIdRange;
import io.github.blueprint4j.model.constraints.UserNamePattern;
import io.github.blueprint4j.model.constraints.UserNameRequired;
import io.github.blueprint4j.model.constraints.UserPasswordEmpty;
import io.github.blueprint4j.model.constraints.UserPasswordHashed;
import io.github.blueprint4j.model.constraints.UserPasswordOtherHash;
import io.github.blueprint4j.model.internal.Redaction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A user to create. {@link #toString()} never shows the password.
 *
 * <p>In a blueprint: {@code customizations.user[]}.
 *
 * @param name user name (key {@code name})
 * @param description GECOS field (key {@code description})
 * @param password plain text (hashed by the server on push) or a crypt(3) hash starting with {@code $6$}, {@code $5$} or {@code $2b$}; {@code ""} means no password (key {@code password})
 * @param key one full SSH public key line (key {@code key})
 * @param home home directory; trailing slashes are removed at build time; absent means the system default (key {@code home})
 * @param shell login shell; absent means the system default (key {@code shell})
 * @param groups supplementary group names (key {@code groups})
 * @param uid user id; absent means allocated by the system (key {@code uid})
 * @param gid primary group id; absent means allocated by the system (key {@code gid})
 * @param expiredate account expiry in days since 1970-01-01; absent means never (key {@code expiredate})
 * @param forcePasswordReset require a new password at first login; absent means {@code false} (key {@code force_password_reset})
 * @param unknownKeys keys of this table that the blueprint format does not define, with their values, kept so
 *                    that reading and writing back loses nothing; never {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UserCustomization(
        @UserNameRequired(groups = Advisory.class)
        @UserNamePattern(groups = Advisory.class)
        @JsonProperty("name") String name,
        @JsonProperty("description") String description,
        @UserPasswordHashed(groups = Advisory.class)
        @UserPasswordEmpty(groups = Advisory.class)
        @UserPasswordOtherHash(groups = Advisory.class)
        @JsonProperty("password") String password,
        @SshkeyPrivateKey(groups = Advisory.class)
        @JsonProperty("key") String key,
        @UserHomeTrim(groups = Advisory.class)
        @JsonProperty("home") String home,
        @JsonProperty("shell") String shell,
        @JsonProperty("groups") List<String> groups,
        @UserIdRange(groups = Advisory.class)
        @JsonProperty("uid") Long uid,
        @UserIdRange(groups = Advisory.class)
        @JsonProperty("gid") Long gid,
        @JsonProperty("expiredate") Long expiredate,
        @JsonProperty("force_password_reset") Boolean forcePasswordReset,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownKeys) {

    /**
     * Copies the collections: lists and maps are unmodifiable and never {@code null}.
     *
     * @param name the value of {@code name}
     * @param description the value of {@code description}
     * @param password the value of {@code password}
     * @param key the value of {@code key}
     * @param home the value of {@code home}
     * @param shell the value of {@code shell}
     * @param groups the value of {@code groups}
     * @param uid the value of {@code uid}
     * @param gid the value of {@code gid}
     * @param expiredate the value of {@code expiredate}
     * @param forcePasswordReset the value of {@code force_password_reset}
     * @param unknownKeys the keys the format does not define
     * @throws NullPointerException if a list contains {@code null}
     * @throws InvalidValueException if an unknown key is one of the format's keys of this table, or its
     *                               value holds something TOML and JSON cannot carry
     */
    public UserCustomization {
        groups = ModelCollections.list(groups, "groups");
        unknownKeys = ModelCollections.unknownKeys(unknownKeys, UserCustomization.class);
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
     * Builds {@link UserCustomization} objects. Not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private String name;
        private String description;
        private String password;
        private String key;
        private String home;
        private String shell;
        private final List<String> groups = new ArrayList<>();
        private Long uid;
        private Long gid;
        private Long expiredate;
        private Boolean forcePasswordReset;
        private final Map<String, Object> unknownKeys = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(UserCustomization from) {
            name = from.name;
            description = from.description;
            password = from.password;
            key = from.key;
            home = from.home;
            shell = from.shell;
            groups.addAll(from.groups);
            uid = from.uid;
            gid = from.gid;
            expiredate = from.expiredate;
            forcePasswordReset = from.forcePasswordReset;
            unknownKeys.putAll(from.unknownKeys);
        }

        /**
         * Sets {@link UserCustomization#name() name}: user name.
         *
         * @param name the value, or {@code null} for absent
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets {@link UserCustomization#description() description}: GECOS field.
         *
         * @param description the value, or {@code null} for absent
         * @return this builder
         */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /**
         * Sets {@link UserCustomization#password() password}: plain text (hashed by the server on push) or a crypt(3) hash starting with {@code $6$}, {@code $5$} or {@code $2b$}; {@code ""} means no password.
         *
         * @param password the value, or {@code null} for absent
         * @return this builder
         */
        public Builder password(String password) {
            this.password = password;
            return this;
        }

        /**
         * Sets {@link UserCustomization#key() key}: one full SSH public key line.
         *
         * @param key the value, or {@code null} for absent
         * @return this builder
         */
        public Builder key(String key) {
            this.key = key;
            return this;
        }

        /**
         * Sets {@link UserCustomization#home() home}: home directory; trailing slashes are removed at build time; absent means the system default.
         *
         * @param home the value, or {@code null} for absent
         * @return this builder
         */
        public Builder home(String home) {
            this.home = home;
            return this;
        }

        /**
         * Sets {@link UserCustomization#shell() shell}: login shell; absent means the system default.
         *
         * @param shell the value, or {@code null} for absent
         * @return this builder
         */
        public Builder shell(String shell) {
            this.shell = shell;
            return this;
        }

        /**
         * Replaces {@link UserCustomization#groups() groups}: supplementary group names.
         *
         * @param groups the values
         * @return this builder
         */
        public Builder groups(List<String> groups) {
            this.groups.clear();
            this.groups.addAll(groups);
            return this;
        }

        /**
         * Replaces {@link UserCustomization#groups() groups}: supplementary group names.
         *
         * @param groups the values
         * @return this builder
         */
        public Builder groups(String... groups) {
            return groups(Arrays.asList(groups));
        }

        /**
         * Appends one supplementary group, by name, to {@link UserCustomization#groups() groups}.
         *
         * @param value the group name
         * @return this builder
         */
        public Builder addSupplementaryGroup(String value) {
            groups.add(value);
            return this;
        }

        /**
         * Sets {@link UserCustomization#uid() uid}: user id; absent means allocated by the system.
         *
         * @param uid the value, or {@code null} for absent
         * @return this builder
         */
        public Builder uid(Long uid) {
            this.uid = uid;
            return this;
        }

        /**
         * Sets {@link UserCustomization#uid() uid} to a number, so that {@code uid(1000)} needs no {@code L}.
         *
         * @param uid the value
         * @return this builder
         */
        public Builder uid(long uid) {
            return uid(Long.valueOf(uid));
        }

        /**
         * Sets {@link UserCustomization#gid() gid}: primary group id; absent means allocated by the system.
         *
         * @param gid the value, or {@code null} for absent
         * @return this builder
         */
        public Builder gid(Long gid) {
            this.gid = gid;
            return this;
        }

        /**
         * Sets {@link UserCustomization#gid() gid} to a number, so that {@code gid(1000)} needs no {@code L}.
         *
         * @param gid the value
         * @return this builder
         */
        public Builder gid(long gid) {
            return gid(Long.valueOf(gid));
        }

        /**
         * Sets {@link UserCustomization#expiredate() expiredate}: account expiry in days since 1970-01-01; absent means never.
         *
         * @param expiredate the value, or {@code null} for absent
         * @return this builder
         */
        public Builder expiredate(Long expiredate) {
            this.expiredate = expiredate;
            return this;
        }

        /**
         * Sets {@link UserCustomization#expiredate() expiredate} to a number, so that {@code expiredate(1000)} needs no {@code L}.
         *
         * @param expiredate the value
         * @return this builder
         */
        public Builder expiredate(long expiredate) {
            return expiredate(Long.valueOf(expiredate));
        }

        /**
         * Sets {@link UserCustomization#forcePasswordReset() force_password_reset}: require a new password at first login; absent means {@code false}.
         *
         * @param forcePasswordReset the value, or {@code null} for absent
         * @return this builder
         */
        public Builder forcePasswordReset(Boolean forcePasswordReset) {
            this.forcePasswordReset = forcePasswordReset;
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
            unknownKeys.put(key, ModelCollections.unknownValue(UserCustomization.class, key, value));
            return this;
        }

        /**
         * Creates the {@link UserCustomization}.
         *
         * @return a new immutable object
         */
        public UserCustomization build() {
            return new UserCustomization(name, description, password, key, home, shell, groups, uid, gid, expiredate, forcePasswordReset, unknownKeys);
        }
    }
}
