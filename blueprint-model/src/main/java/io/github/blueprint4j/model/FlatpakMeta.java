package io.github.blueprint4j.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.blueprint4j.model.constraints.Advisory;
import io.github.blueprint4j.model.constraints.InstFlatpakReset;
import io.github.blueprint4j.model.internal.Redaction;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Flatpaks the installer installs.
 *
 * <p>In a blueprint: {@code customizations.installer.payload.flatpaks}.
 *
 * @param force flatpaks that replace the image's defaults. Unlike every other list, {@code null} (absent) differs from empty: an empty list removes the default flatpaks (key {@code force})
 * @param unknownKeys keys of this table that the blueprint format does not define, with their values, kept so
 *                    that reading and writing back loses nothing; never {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@InstFlatpakReset(groups = Advisory.class)
public record FlatpakMeta(
        @JsonProperty("force") List<@Valid Flatpak> force,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownKeys) {

    /**
     * Copies the collections: lists and maps are unmodifiable; lists other than {@code force} are never {@code null}.
     *
     * @param force the value of {@code force}
     * @param unknownKeys the keys the format does not define
     * @throws NullPointerException if a list contains {@code null}
     * @throws InvalidValueException if an unknown key is one of the format's keys of this table, or its
     *                               value holds something TOML and JSON cannot carry
     */
    public FlatpakMeta {
        force = force == null ? null : ModelCollections.list(force, "force");
        unknownKeys = ModelCollections.unknownKeys(unknownKeys, FlatpakMeta.class);
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
     * Builds {@link FlatpakMeta} objects. Not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private List<Flatpak> force;
        private final Map<String, Object> unknownKeys = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(FlatpakMeta from) {
            force = from.force == null ? null : new ArrayList<>(from.force);
            unknownKeys.putAll(from.unknownKeys);
        }

        /**
         * Replaces {@link FlatpakMeta#force() force}: flatpaks that replace the image's defaults. Unlike every other list, {@code null} (absent) differs from empty: an empty list removes the default flatpaks.
         *
         * @param force the entries, or {@code null} for absent
         * @return this builder
         */
        public Builder force(List<Flatpak> force) {
            this.force = force == null ? null : new ArrayList<>(force);
            return this;
        }

        /**
         * Appends one entry to {@link FlatpakMeta#force() force}, creating the list if it is absent.
         *
         * @param entry the entry
         * @return this builder
         */
        public Builder addForce(Flatpak entry) {
            if (force == null) {
                force = new ArrayList<>();
            }
            force.add(entry);
            return this;
        }

        /**
         * Appends one entry to {@link FlatpakMeta#force() force}, built by the consumer.
         *
         * @param build sets the entry's values
         * @return this builder
         */
        public Builder addForce(Consumer<Flatpak.Builder> build) {
            Flatpak.Builder builder = Flatpak.builder();
            build.accept(builder);
            return addForce(builder.build());
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
            unknownKeys.put(key, ModelCollections.unknownValue(FlatpakMeta.class, key, value));
            return this;
        }

        /**
         * Creates the {@link FlatpakMeta}.
         *
         * @return a new immutable object
         */
        public FlatpakMeta build() {
            return new FlatpakMeta(force, unknownKeys);
        }
    }
}
