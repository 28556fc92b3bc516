package io.github.blueprint4j.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.blueprint4j.model.internal.Redaction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rules selected or unselected on top of the profile; a profile {@code <profile_id>_osbuild_tailoring} is generated.
 *
 * <p>In a blueprint: {@code customizations.openscap.tailoring}.
 *
 * @param selected rule ids to select (the prefix {@code xccdf_org.ssgproject.content_} is optional) (key {@code selected})
 * @param unselected rule ids to unselect (key {@code unselected})
 * @param unknownKeys keys of this table that the blueprint format does not define, with their values, kept so
 *                    that reading and writing back loses nothing; never {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OpenScapTailoring(
        @JsonProperty("selected") List<String> selected,
        @JsonProperty("unselected") List<String> unselected,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownKeys) {

    /**
     * Copies the collections: lists and maps are unmodifiable and never {@code null}.
     *
     * @param selected the value of {@code selected}
     * @param unselected the value of {@code unselected}
     * @param unknownKeys the keys the format does not define
     * @throws NullPointerException if a list contains {@code null}
     * @throws InvalidValueException if an unknown key is one of the format's keys of this table, or its
     *                               value holds something TOML and JSON cannot carry
     */
    public OpenScapTailoring {
        selected = ModelCollections.list(selected, "selected");
        unselected = ModelCollections.list(unselected, "unselected");
        unknownKeys = ModelCollections.unknownKeys(unknownKeys, OpenScapTailoring.class);
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
     * Builds {@link OpenScapTailoring} objects. Not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private final List<String> selected = new ArrayList<>();
        private final List<String> unselected = new ArrayList<>();
        private final Map<String, Object> unknownKeys = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(OpenScapTailoring from) {
            selected.addAll(from.selected);
            unselected.addAll(from.unselected);
            unknownKeys.putAll(from.unknownKeys);
        }

        /**
         * Replaces {@link OpenScapTailoring#selected() selected}: rule ids to select (the prefix {@code xccdf_org.ssgproject.content_} is optional).
         *
         * @param selected the values
         * @return this builder
         */
        public Builder selected(List<String> selected) {
            this.selected.clear();
            this.selected.addAll(selected);
            return this;
        }

        /**
         * Replaces {@link OpenScapTailoring#selected() selected}: rule ids to select (the prefix {@code xccdf_org.ssgproject.content_} is optional).
         *
         * @param selected the values
         * @return this builder
         */
        public Builder selected(String... selected) {
            return selected(Arrays.asList(selected));
        }

        /**
         * Appends one value to {@link OpenScapTailoring#selected() selected}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder addSelected(String value) {
            selected.add(value);
            return this;
        }

        /**
         * Replaces {@link OpenScapTailoring#unselected() unselected}: rule ids to unselect.
         *
         * @param unselected the values
         * @return this builder
         */
        public Builder unselected(List<String> unselected) {
            this.unselected.clear();
            this.unselected.addAll(unselected);
            return this;
        }

        /**
         * Replaces {@link OpenScapTailoring#unselected() unselected}: rule ids to unselect.
         *
         * @param unselected the values
         * @return this builder
         */
        public Builder unselected(String... unselected) {
            return unselected(Arrays.asList(unselected));
        }

        /**
         * Appends one value to {@link OpenScapTailoring#unselected() unselected}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder addUnselected(String value) {
            unselected.add(value);
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
            unknownKeys.put(key, ModelCollections.unknownValue(OpenScapTailoring.class, key, value));
            return this;
        }

        /**
         * Creates the {@link OpenScapTailoring}.
         *
         * @return a new immutable object
         */
        public OpenScapTailoring build() {
            return new OpenScapTailoring(selected, unselected, unknownKeys);
        }
    }
}
