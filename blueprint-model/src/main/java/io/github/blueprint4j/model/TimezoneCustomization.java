package io.github.blueprint4j.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.blueprint4j.model.constraints.Advisory;
import io.github.blueprint4j.model.constraints.TzName;
import io.github.blueprint4j.model.constraints.TzNtpNonempty;
import io.github.blueprint4j.model.constraints.TzNtpPinned;
import io.github.blueprint4j.model.internal.Redaction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Time zone and NTP servers. Some image types pin their own NTP servers, which the blueprint does not override.
 *
 * <p>In a blueprint: {@code customizations.timezone}.
 *
 * @param timezone tz database name such as {@code Europe/Prague}; absent means the image type's default (key {@code timezone})
 * @param ntpservers NTP server host names or addresses (key {@code ntpservers})
 * @param unknownKeys keys of this table that the blueprint format does not define, with their values, kept so
 *                    that reading and writing back loses nothing; never {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimezoneCustomization(
        @TzName(groups = Advisory.class)
        @JsonProperty("timezone") String timezone,
        @TzNtpPinned(groups = Advisory.class)
        @JsonProperty("ntpservers") List<@TzNtpNonempty(groups = Advisory.class) String> ntpservers,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownKeys) {

    /**
     * Copies the collections: lists and maps are unmodifiable and never {@code null}.
     *
     * @param timezone the value of {@code timezone}
     * @param ntpservers the value of {@code ntpservers}
     * @param unknownKeys the keys the format does not define
     * @throws NullPointerException if a list contains {@code null}
     * @throws InvalidValueException if an unknown key is one of the format's keys of this table, or its
     *                               value holds something TOML and JSON cannot carry
     */
    public TimezoneCustomization {
        ntpservers = ModelCollections.list(ntpservers, "ntpservers");
        unknownKeys = ModelCollections.unknownKeys(unknownKeys, TimezoneCustomization.class);
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
     * Builds {@link TimezoneCustomization} objects. Not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private String timezone;
        private final List<String> ntpservers = new ArrayList<>();
        private final Map<String, Object> unknownKeys = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(TimezoneCustomization from) {
            timezone = from.timezone;
            ntpservers.addAll(from.ntpservers);
            unknownKeys.putAll(from.unknownKeys);
        }

        /**
         * Sets {@link TimezoneCustomization#timezone() timezone}: tz database name such as {@code Europe/Prague}; absent means the image type's default.
         *
         * @param timezone the value, or {@code null} for absent
         * @return this builder
         */
        public Builder timezone(String timezone) {
            this.timezone = timezone;
            return this;
        }

        /**
         * Replaces {@link TimezoneCustomization#ntpservers() ntpservers}: NTP server host names or addresses.
         *
         * @param ntpservers the values
         * @return this builder
         */
        public Builder ntpservers(List<String> ntpservers) {
            this.ntpservers.clear();
            this.ntpservers.addAll(ntpservers);
            return this;
        }

        /**
         * Replaces {@link TimezoneCustomization#ntpservers() ntpservers}: NTP server host names or addresses.
         *
         * @param ntpservers the values
         * @return this builder
         */
        public Builder ntpservers(String... ntpservers) {
            return ntpservers(Arrays.asList(ntpservers));
        }

        /**
         * Appends one value to {@link TimezoneCustomization#ntpservers() ntpservers}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder addNtpserver(String value) {
            ntpservers.add(value);
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
            unknownKeys.put(key, ModelCollections.unknownValue(TimezoneCustomization.class, key, value));
            return this;
        }

        /**
         * Creates the {@link TimezoneCustomization}.
         *
         * @return a new immutable object
         */
        public TimezoneCustomization build() {
            return new TimezoneCustomization(timezone, ntpservers, unknownKeys);
        }
    }
}
