package io.github.blueprint4j.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.blueprint4j.model.constraints.Advisory;
import io.github.blueprint4j.model.constraints.GroupGidRequiredDoc;
import io.github.blueprint4j.model.constraints.GroupNamePattern;
import io.github.blueprint4j.model.constraints.GroupNameRequired;
import io.github.blueprint4j.model.constraints.UserIdRange;
import io.github.blueprint4j.model.internal.Redaction;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A group to create.
 *
 * <p>In a blueprint: {@code customizations.group[]}.
 *
 * @param name group name (key {@code name})
 * @param gid group id; absent means allocated by the system (key {@code gid})
 * @param unknownKeys keys of this table that the blueprint format does not define, with their values, kept so
 *                    that reading and writing back loses nothing; never {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GroupCustomization(
        @GroupNameRequired(groups = Advisory.class)
        @GroupNamePattern(groups = Advisory.class)
        @JsonProperty("name") String name,
        @UserIdRange(groups = Advisory.class)
        @GroupGidRequiredDoc(groups = Advisory.class)
        @JsonProperty("gid") Long gid,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownKeys) {

    /**
     * Copies the collections: lists and maps are unmodifiable and never {@code null}.
     *
     * @param name the value of {@code name}
     * @param gid the value of {@code gid}
     * @param unknownKeys the keys the format does not define
     * @throws NullPointerException if a list contains {@code null}
     * @throws InvalidValueException if an unknown key is one of the format's keys of this table, or its
     *                               value holds something TOML and JSON cannot carry
     */
    public GroupCustomization {
        unknownKeys = ModelCollections.unknownKeys(unknownKeys, GroupCustomization.class);
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
     * Builds {@link GroupCustomization} objects. Not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private String name;
        private Long gid;
        private final Map<String, Object> unknownKeys = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(GroupCustomization from) {
            name = from.name;
            gid = from.gid;
            unknownKeys.putAll(from.unknownKeys);
        }

        /**
         * Sets {@link GroupCustomization#name() name}: group name.
         *
         * @param name the value, or {@code null} for absent
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets {@link GroupCustomization#gid() gid}: group id; absent means allocated by the system.
         *
         * @param gid the value, or {@code null} for absent
         * @return this builder
         */
        public Builder gid(Long gid) {
            this.gid = gid;
            return this;
        }

        /**
         * Sets {@link GroupCustomization#gid() gid} to a number, so that {@code gid(1000)} needs no {@code L}.
         *
         * @param gid the value
         * @return this builder
         */
        public Builder gid(long gid) {
            return gid(Long.valueOf(gid));
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
            unknownKeys.put(key, ModelCollections.unknownValue(GroupCustomization.class, key, value));
            return this;
        }

        /**
         * Creates the {@link GroupCustomization}.
         *
         * @return a new immutable object
         */
        public GroupCustomization build() {
            return new GroupCustomization(name, gid, unknownKeys);
        }
    }
}
