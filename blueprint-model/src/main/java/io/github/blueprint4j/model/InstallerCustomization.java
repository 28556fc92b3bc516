package io.github.blueprint4j.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.blueprint4j.model.constraints.InstKsSudo;
import io.github.blueprint4j.model.constraints.InstKsUnattended;
import io.github.blueprint4j.model.internal.Redaction;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Settings of the Anaconda installer of installer images. A custom kickstart cannot be combined with
 * {@code unattended}, {@code sudo-nopasswd}, users or groups.
 *
 * <p>In a blueprint: {@code customizations.installer}.
 *
 * @param unattended generate a fully automatic kickstart (key {@code unattended})
 * @param sudoNopasswd user names or {@code %group} names granted password-less sudo (key {@code sudo-nopasswd})
 * @param kickstart a custom kickstart (key {@code kickstart})
 * @param modules Anaconda modules to enable or disable (key {@code modules})
 * @param bootloader boot loader settings of the installer (key {@code bootloader})
 * @param payload what the installer installs beyond the image (key {@code payload})
 * @param unknownKeys keys of this table that the blueprint format does not define, with their values, kept so
 *                    that reading and writing back loses nothing; never {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@InstKsUnattended
@InstKsSudo
public record InstallerCustomization(
        @JsonProperty("unattended") boolean unattended,
        @JsonProperty("sudo-nopasswd") List<String> sudoNopasswd,
        @Valid
        @JsonProperty("kickstart") Kickstart kickstart,
        @Valid
        @JsonProperty("modules") AnacondaModules modules,
        @Valid
        @JsonProperty("bootloader") InstallerBootloader bootloader,
        @Valid
        @JsonProperty("payload") InstallerPayload payload,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownKeys) {

    /**
     * Copies the collections: lists and maps are unmodifiable and never {@code null}.
     *
     * @param unattended the value of {@code unattended}
     * @param sudoNopasswd the value of {@code sudo-nopasswd}
     * @param kickstart the value of {@code kickstart}
     * @param modules the value of {@code modules}
     * @param bootloader the value of {@code bootloader}
     * @param payload the value of {@code payload}
     * @param unknownKeys the keys the format does not define
     * @throws NullPointerException if a list contains {@code null}
     * @throws InvalidValueException if an unknown key is one of the format's keys of this table, or its
     *                               value holds something TOML and JSON cannot carry
     */
    public InstallerCustomization {
        sudoNopasswd = ModelCollections.list(sudoNopasswd, "sudo-nopasswd");
        unknownKeys = ModelCollections.unknownKeys(unknownKeys, InstallerCustomization.class);
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
     * Builds {@link InstallerCustomization} objects. Not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private boolean unattended;
        private final List<String> sudoNopasswd = new ArrayList<>();
        private Kickstart kickstart;
        private AnacondaModules modules;
        private InstallerBootloader bootloader;
        private InstallerPayload payload;
        private final Map<String, Object> unknownKeys = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(InstallerCustomization from) {
            unattended = from.unattended;
            sudoNopasswd.addAll(from.sudoNopasswd);
            kickstart = from.kickstart;
            modules = from.modules;
            bootloader = from.bootloader;
            payload = from.payload;
            unknownKeys.putAll(from.unknownKeys);
        }

        /**
         * Sets {@link InstallerCustomization#unattended() unattended}: generate a fully automatic kickstart.
         *
         * @param unattended the value; {@code false}, the default, is not written
         * @return this builder
         */
        public Builder unattended(boolean unattended) {
            this.unattended = unattended;
            return this;
        }

        /**
         * Replaces {@link InstallerCustomization#sudoNopasswd() sudo-nopasswd}: user names or {@code %group} names granted password-less sudo.
         *
         * @param sudoNopasswd the values
         * @return this builder
         */
        public Builder sudoNopasswd(List<String> sudoNopasswd) {
            this.sudoNopasswd.clear();
            this.sudoNopasswd.addAll(sudoNopasswd);
            return this;
        }

        /**
         * Replaces {@link InstallerCustomization#sudoNopasswd() sudo-nopasswd}: user names or {@code %group} names granted password-less sudo.
         *
         * @param sudoNopasswd the values
         * @return this builder
         */
        public Builder sudoNopasswd(String... sudoNopasswd) {
            return sudoNopasswd(Arrays.asList(sudoNopasswd));
        }

        /**
         * Appends one value to {@link InstallerCustomization#sudoNopasswd() sudo-nopasswd}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder addSudoNopasswd(String value) {
            sudoNopasswd.add(value);
            return this;
        }

        /**
         * Sets {@link InstallerCustomization#kickstart() kickstart}: a custom kickstart.
         *
         * @param kickstart the value, or {@code null} for absent
         * @return this builder
         */
        public Builder kickstart(Kickstart kickstart) {
            this.kickstart = kickstart;
            return this;
        }

        /**
         * Edits {@link InstallerCustomization#kickstart() kickstart} in place: the consumer receives a builder holding the current value (or an empty one) and the result replaces it.
         *
         * @param edit sets the values
         * @return this builder
         */
        public Builder kickstart(Consumer<Kickstart.Builder> edit) {
            Kickstart.Builder builder = kickstart == null ? Kickstart.builder() : kickstart.toBuilder();
            edit.accept(builder);
            this.kickstart = builder.build();
            return this;
        }

        /**
         * Sets {@link InstallerCustomization#modules() modules}: Anaconda modules to enable or disable.
         *
         * @param modules the value, or {@code null} for absent
         * @return this builder
         */
        public Builder modules(AnacondaModules modules) {
            this.modules = modules;
            return this;
        }

        /**
         * Edits {@link InstallerCustomization#modules() modules} in place: the consumer receives a builder holding the current value (or an empty one) and the result replaces it.
         *
         * @param edit sets the values
         * @return this builder
         */
        public Builder modules(Consumer<AnacondaModules.Builder> edit) {
            AnacondaModules.Builder builder = modules == null ? AnacondaModules.builder() : modules.toBuilder();
            edit.accept(builder);
            this.modules = builder.build();
            return this;
        }

        /**
         * Sets {@link InstallerCustomization#bootloader() bootloader}: boot loader settings of the installer.
         *
         * @param bootloader the value, or {@code null} for absent
         * @return this builder
         */
        public Builder bootloader(InstallerBootloader bootloader) {
            this.bootloader = bootloader;
            return this;
        }

        /**
         * Edits {@link InstallerCustomization#bootloader() bootloader} in place: the consumer receives a builder holding the current value (or an empty one) and the result replaces it.
         *
         * @param edit sets the values
         * @return this builder
         */
        public Builder bootloader(Consumer<InstallerBootloader.Builder> edit) {
            InstallerBootloader.Builder builder = bootloader == null ? InstallerBootloader.builder() : bootloader.toBuilder();
            edit.accept(builder);
            this.bootloader = builder.build();
            return this;
        }

        /**
         * Sets {@link InstallerCustomization#payload() payload}: what the installer installs beyond the image.
         *
         * @param payload the value, or {@code null} for absent
         * @return this builder
         */
        public Builder payload(InstallerPayload payload) {
            this.payload = payload;
            return this;
        }

        /**
         * Edits {@link InstallerCustomization#payload() payload} in place: the consumer receives a builder holding the current value (or an empty one) and the result replaces it.
         *
         * @param edit sets the values
         * @return this builder
         */
        public Builder payload(Consumer<InstallerPayload.Builder> edit) {
            InstallerPayload.Builder builder = payload == null ? InstallerPayload.builder() : payload.toBuilder();
            edit.accept(builder);
            this.payload = builder.build();
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
            unknownKeys.put(key, ModelCollections.unknownValue(InstallerCustomization.class, key, value));
            return this;
        }

        /**
         * Creates the {@link InstallerCustomization}.
         *
         * @return a new immutable object
         */
        public InstallerCustomization build() {
            return new InstallerCustomization(unattended, sudoNopasswd, kickstart, modules, bootloader, payload, unknownKeys);
        }
    }
}
