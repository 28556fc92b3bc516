package io.github.blueprint4j.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.blueprint4j.model.constraints.Advisory;
import io.github.blueprint4j.model.constraints.IgnFirstbootUrlRequired;
import io.github.blueprint4j.model.constraints.IgnUrlEmptyExclusive;
import io.github.blueprint4j.model.internal.Redaction;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An Ignition configuration fetched at first boot.
 *
 * <p>In a blueprint: {@code customizations.ignition.firstboot}.
 *
 * @param url URL of the configuration; exclusive with {@code empty = true} (key {@code url})
 * @param empty boot with an empty configuration instead of fetching one (key {@code empty})
 * @param unknownKeys keys of this table that the blueprint format does not define, with their values, kept so
 *                    that reading and writing back loses nothing; never {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@IgnUrlEmptyExclusive
@IgnFirstbootUrlRequired(groups = Advisory.class)
public record IgnitionFirstboot(
        @JsonProperty("url") String url,
        @JsonProperty("empty") boolean empty,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownKeys) {

    /**
     * Copies the collections: lists and maps are unmodifiable and never {@code null}.
     *
     * @param url the value of {@code url}
     * @param empty the value of {@code empty}
     * @param unknownKeys the keys the format does not define
     * @throws NullPointerException if a list contains {@code null}
     * @throws InvalidValueException if an unknown key is one of the format's keys of this table, or its
     *                               value holds something TOML and JSON cannot carry
     */
    public IgnitionFirstboot {
        unknownKeys = ModelCollections.unknownKeys(unknownKeys, IgnitionFirstboot.class);
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
     * Builds {@link IgnitionFirstboot} objects. Not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private String url;
        private boolean empty;
        private final Map<String, Object> unknownKeys = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(IgnitionFirstboot from) {
            url = from.url;
            empty = from.empty;
            unknownKeys.putAll(from.unknownKeys);
        }

        /**
         * Sets {@link IgnitionFirstboot#url() url}: URL of the configuration; exclusive with {@code empty = true}.
         *
         * @param url the value, or {@code null} for absent
         * @return this builder
         */
        public Builder url(String url) {
            this.url = url;
            return this;
        }

        /**
         * Sets {@link IgnitionFirstboot#empty() empty}: boot with an empty configuration instead of fetching one.
         *
         * @param empty the value; {@code false}, the default, is not written
         * @return this builder
         */
        public Builder empty(boolean empty) {
            this.empty = empty;
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
            unknownKeys.put(key, ModelCollections.unknownValue(IgnitionFirstboot.class, key, value));
            return this;
        }

        /**
         * Creates the {@link IgnitionFirstboot}.
         *
         * @return a new immutable object
         */
        public IgnitionFirstboot build() {
            return new IgnitionFirstboot(url, empty, unknownKeys);
        }
    }
}
