package io.github.blueprint4j.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.blueprint4j.model.constraints.Advisory;
import io.github.blueprint4j.model.constraints.DirsPolicy;
import io.github.blueprint4j.model.constraints.FsnodeDocLocation;
import io.github.blueprint4j.model.constraints.FsnodeGroupName;
import io.github.blueprint4j.model.constraints.FsnodePathAbsolute;
import io.github.blueprint4j.model.constraints.FsnodePathCanonical;
import io.github.blueprint4j.model.constraints.FsnodePathNoTrailingSlash;
import io.github.blueprint4j.model.constraints.FsnodePathRequired;
import io.github.blueprint4j.model.constraints.FsnodeUserName;
import io.github.blueprint4j.model.internal.Redaction;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A directory to create. Changing the mode or owner of a directory the image already has makes the build fail.
 *
 * <p>In a blueprint: {@code customizations.directories[]}.
 *
 * @param path absolute canonical path without a trailing slash (key {@code path})
 * @param mode permissions; absent means {@code 0755} (key {@code mode})
 * @param user owning user, by name or id; absent means {@code root} (key {@code user})
 * @param group owning group, by name or id; absent means {@code root} (key {@code group})
 * @param ensureParents create missing parent directories (key {@code ensure_parents})
 * @param unknownKeys keys of this table that the blueprint format does not define, with their values, kept so
 *                    that reading and writing back loses nothing; never {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DirectoryCustomization(
        @FsnodePathRequired
        @FsnodePathAbsolute
        @FsnodePathNoTrailingSlash
        @FsnodePathCanonical
        @DirsPolicy
        @FsnodeDocLocation(groups = Advisory.class)
        @JsonProperty("path") String path,
        @JsonProperty("mode") FileMode mode,
        @FsnodeUserName
        @JsonProperty("user") Owner user,
        @FsnodeGroupName
        @JsonProperty("group") Owner group,
        @JsonProperty("ensure_parents") boolean ensureParents,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownKeys) {

    /**
     * Copies the collections: lists and maps are unmodifiable and never {@code null}.
     *
     * @param path the value of {@code path}
     * @param mode the value of {@code mode}
     * @param user the value of {@code user}
     * @param group the value of {@code group}
     * @param ensureParents the value of {@code ensure_parents}
     * @param unknownKeys the keys the format does not define
     * @throws NullPointerException if a list contains {@code null}
     * @throws InvalidValueException if an unknown key is one of the format's keys of this table, or its
     *                               value holds something TOML and JSON cannot carry
     */
    public DirectoryCustomization {
        unknownKeys = ModelCollections.unknownKeys(unknownKeys, DirectoryCustomization.class);
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
     * Builds {@link DirectoryCustomization} objects. Not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private String path;
        private FileMode mode;
        private Owner user;
        private Owner group;
        private boolean ensureParents;
        private final Map<String, Object> unknownKeys = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(DirectoryCustomization from) {
            path = from.path;
            mode = from.mode;
            user = from.user;
            group = from.group;
            ensureParents = from.ensureParents;
            unknownKeys.putAll(from.unknownKeys);
        }

        /**
         * Sets {@link DirectoryCustomization#path() path}: absolute canonical path without a trailing slash.
         *
         * @param path the value, or {@code null} for absent
         * @return this builder
         */
        public Builder path(String path) {
            this.path = path;
            return this;
        }

        /**
         * Sets {@link DirectoryCustomization#mode() mode}: permissions; absent means {@code 0755}.
         *
         * @param mode the value, or {@code null} for absent
         * @return this builder
         */
        public Builder mode(FileMode mode) {
            this.mode = mode;
            return this;
        }

        /**
         * Sets {@link DirectoryCustomization#mode() mode} from an octal string such as {@code "0644"}.
         *
         * @param text the mode, or {@code null} for absent
         * @return this builder
         */
        public Builder mode(String text) {
            this.mode = text == null ? null : FileMode.parse(text);
            return this;
        }

        /**
         * Sets {@link DirectoryCustomization#user() user}: owning user, by name or id; absent means {@code root}.
         *
         * @param user the value, or {@code null} for absent
         * @return this builder
         */
        public Builder user(Owner user) {
            this.user = user;
            return this;
        }

        /**
         * Sets {@link DirectoryCustomization#user() user} to a name.
         *
         * @param name the name, or {@code null} for absent
         * @return this builder
         */
        public Builder user(String name) {
            this.user = name == null ? null : Owner.name(name);
            return this;
        }

        /**
         * Sets {@link DirectoryCustomization#user() user} to a numeric id.
         *
         * @param id the id, not negative
         * @return this builder
         */
        public Builder user(long id) {
            this.user = Owner.id(id);
            return this;
        }

        /**
         * Sets {@link DirectoryCustomization#group() group}: owning group, by name or id; absent means {@code root}.
         *
         * @param group the value, or {@code null} for absent
         * @return this builder
         */
        public Builder group(Owner group) {
            this.group = group;
            return this;
        }

        /**
         * Sets {@link DirectoryCustomization#group() group} to a name.
         *
         * @param name the name, or {@code null} for absent
         * @return this builder
         */
        public Builder group(String name) {
            this.group = name == null ? null : Owner.name(name);
            return this;
        }

        /**
         * Sets {@link DirectoryCustomization#group() group} to a numeric id.
         *
         * @param id the id, not negative
         * @return this builder
         */
        public Builder group(long id) {
            this.group = Owner.id(id);
            return this;
        }

        /**
         * Sets {@link DirectoryCustomization#ensureParents() ensure_parents}: create missing parent directories.
         *
         * @param ensureParents the value; {@code false}, the default, is not written
         * @return this builder
         */
        public Builder ensureParents(boolean ensureParents) {
            this.ensureParents = ensureParents;
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
            unknownKeys.put(key, ModelCollections.unknownValue(DirectoryCustomization.class, key, value));
            return this;
        }

        /**
         * Creates the {@link DirectoryCustomization}.
         *
         * @return a new immutable object
         */
        public DirectoryCustomization build() {
            return new DirectoryCustomization(path, mode, user, group, ensureParents, unknownKeys);
        }
    }
}
