package io.github.blueprint4j.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.blueprint4j.model.constraints.Advisory;
import io.github.blueprint4j.model.constraints.BpArchValue;
import io.github.blueprint4j.model.constraints.BpDistroFormat;
import io.github.blueprint4j.model.constraints.BpDistroNormalize;
import io.github.blueprint4j.model.constraints.BpNameCharset;
import io.github.blueprint4j.model.constraints.BpNameRequired;
import io.github.blueprint4j.model.constraints.BpVersionDefault;
import io.github.blueprint4j.model.constraints.BpVersionRequiredDoc;
import io.github.blueprint4j.model.constraints.BpVersionSemver;
import io.github.blueprint4j.model.constraints.DiskSwapRhel8Aarch64;
import io.github.blueprint4j.model.constraints.ItRequiredOption;
import io.github.blueprint4j.model.constraints.ItUnsupportedOption;
import io.github.blueprint4j.model.constraints.KernelNameExtra;
import io.github.blueprint4j.model.constraints.ModNameRequired;
import io.github.blueprint4j.model.constraints.PkgNameRequired;
import io.github.blueprint4j.model.constraints.Push;
import io.github.blueprint4j.model.internal.Redaction;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * An osbuild blueprint: what goes into an OS image. The root of the document.
 *
 * @param name blueprint name; required by the server, which allows only {@code [a-zA-Z0-9._-]} (key {@code name})
 * @param description free text shown to users; absent means empty (key {@code description})
 * @param version semantic version {@code MAJOR.MINOR.PATCH}; absent or empty means {@code 0.0.0}, and the server bumps the patch level when the same version is pushed again (key {@code version})
 * @param distro distribution such as {@code rhel-9.6} or {@code fedora-42}; absent means the server host's distribution (key {@code distro})
 * @param architecture CPU architecture such as {@code x86_64} or {@code aarch64}; absent means the server host's architecture (key {@code architecture})
 * @param packages RPM packages to install, by name with an optional version or glob (key {@code packages})
 * @param modules packages listed as modules (treated exactly like {@code packages}) (key {@code modules})
 * @param enabledModules DNF module streams to enable, requested as {@code name:stream} (key {@code enabled_modules})
 * @param groups package groups to install, by group id (key {@code groups})
 * @param containers container images to embed in the image (key {@code containers})
 * @param customizations everything beyond the package set; absent means no customization (key {@code customizations})
 * @param unknownKeys keys of this table that the blueprint format does not define, with their values, kept so
 *                    that reading and writing back loses nothing; never {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@KernelNameExtra(groups = Advisory.class)
@PkgNameRequired(groups = Push.class)
@ItUnsupportedOption(groups = Advisory.class)
@ItRequiredOption(groups = Advisory.class)
@DiskSwapRhel8Aarch64(groups = Advisory.class)
@ModNameRequired(groups = Advisory.class)
public record Blueprint(
        @BpNameRequired(groups = Push.class)
        @BpNameCharset
        @JsonProperty("name") String name,
        @JsonProperty("description") String description,
        @BpVersionSemver(groups = Push.class)
        @BpVersionDefault(groups = Advisory.class)
        @BpVersionRequiredDoc(groups = Advisory.class)
        @JsonProperty("version") String version,
        @BpDistroFormat(groups = Advisory.class)
        @BpDistroNormalize(groups = Advisory.class)
        @JsonProperty("distro") String distro,
        @BpArchValue(groups = Advisory.class)
        @JsonProperty("architecture") String architecture,
        @JsonProperty("packages") List<@Valid PackageSpec> packages,
        @JsonProperty("modules") List<@Valid PackageSpec> modules,
        @JsonProperty("enabled_modules") List<@Valid EnabledModule> enabledModules,
        @JsonProperty("groups") List<@Valid PackageGroup> groups,
        @JsonProperty("containers") List<@Valid Container> containers,
        @Valid
        @JsonProperty("customizations") Customizations customizations,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownKeys) {

    /**
     * Copies the collections: lists and maps are unmodifiable and never {@code null}.
     *
     * @param name the value of {@code name}
     * @param description the value of {@code description}
     * @param version the value of {@code version}
     * @param distro the value of {@code distro}
     * @param architecture the value of {@code architecture}
     * @param packages the value of {@code packages}
     * @param modules the value of {@code modules}
     * @param enabledModules the value of {@code enabled_modules}
     * @param groups the value of {@code groups}
     * @param containers the value of {@code containers}
     * @param customizations the value of {@code customizations}
     * @param unknownKeys the keys the format does not define
     * @throws NullPointerException if a list contains {@code null}
     * @throws InvalidValueException if an unknown key is one of the format's keys of this table, or its
     *                               value holds something TOML and JSON cannot carry
     */
    public Blueprint {
        packages = ModelCollections.list(packages, "packages");
        modules = ModelCollections.list(modules, "modules");
        enabledModules = ModelCollections.list(enabledModules, "enabled_modules");
        groups = ModelCollections.list(groups, "groups");
        containers = ModelCollections.list(containers, "containers");
        unknownKeys = ModelCollections.unknownKeys(unknownKeys, Blueprint.class);
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
     * Builds {@link Blueprint} objects. Not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private String name;
        private String description;
        private String version;
        private String distro;
        private String architecture;
        private final List<PackageSpec> packages = new ArrayList<>();
        private final List<PackageSpec> modules = new ArrayList<>();
        private final List<EnabledModule> enabledModules = new ArrayList<>();
        private final List<PackageGroup> groups = new ArrayList<>();
        private final List<Container> containers = new ArrayList<>();
        private Customizations customizations;
        private final Map<String, Object> unknownKeys = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(Blueprint from) {
            name = from.name;
            description = from.description;
            version = from.version;
            distro = from.distro;
            architecture = from.architecture;
            packages.addAll(from.packages);
            modules.addAll(from.modules);
            enabledModules.addAll(from.enabledModules);
            groups.addAll(from.groups);
            containers.addAll(from.containers);
            customizations = from.customizations;
            unknownKeys.putAll(from.unknownKeys);
        }

        /**
         * Sets {@link Blueprint#name() name}: blueprint name; required by the server, which allows only {@code [a-zA-Z0-9._-]}.
         *
         * @param name the value, or {@code null} for absent
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets {@link Blueprint#description() description}: free text shown to users; absent means empty.
         *
         * @param description the value, or {@code null} for absent
         * @return this builder
         */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /**
         * Sets {@link Blueprint#version() version}: semantic version {@code MAJOR.MINOR.PATCH}; absent or empty means {@code 0.0.0}, and the server bumps the patch level when the same version is pushed again.
         *
         * @param version the value, or {@code null} for absent
         * @return this builder
         */
        public Builder version(String version) {
            this.version = version;
            return this;
        }

        /**
         * Sets {@link Blueprint#distro() distro}: distribution such as {@code rhel-9.6} or {@code fedora-42}; absent means the server host's distribution.
         *
         * @param distro the value, or {@code null} for absent
         * @return this builder
         */
        public Builder distro(String distro) {
            this.distro = distro;
            return this;
        }

        /**
         * Sets {@link Blueprint#architecture() architecture}: CPU architecture such as {@code x86_64} or {@code aarch64}; absent means the server host's architecture.
         *
         * @param architecture the value, or {@code null} for absent
         * @return this builder
         */
        public Builder architecture(String architecture) {
            this.architecture = architecture;
            return this;
        }

        /**
         * Replaces {@link Blueprint#packages() packages}: RPM packages to install, by name with an optional version or glob.
         *
         * @param packages the entries
         * @return this builder
         */
        public Builder packages(List<PackageSpec> packages) {
            this.packages.clear();
            this.packages.addAll(packages);
            return this;
        }

        /**
         * Appends one entry to {@link Blueprint#packages() packages}.
         *
         * @param entry the entry
         * @return this builder
         */
        public Builder addPackage(PackageSpec entry) {
            packages.add(entry);
            return this;
        }

        /**
         * Appends one entry to {@link Blueprint#packages() packages}, built by the consumer.
         *
         * @param build sets the entry's values
         * @return this builder
         */
        public Builder addPackage(Consumer<PackageSpec.Builder> build) {
            PackageSpec.Builder builder = PackageSpec.builder();
            build.accept(builder);
            return addPackage(builder.build());
        }

        /**
         * Replaces {@link Blueprint#modules() modules}: packages listed as modules (treated exactly like {@code packages}).
         *
         * @param modules the entries
         * @return this builder
         */
        public Builder modules(List<PackageSpec> modules) {
            this.modules.clear();
            this.modules.addAll(modules);
            return this;
        }

        /**
         * Appends one entry to {@link Blueprint#modules() modules}.
         *
         * @param entry the entry
         * @return this builder
         */
        public Builder addModule(PackageSpec entry) {
            modules.add(entry);
            return this;
        }

        /**
         * Appends one entry to {@link Blueprint#modules() modules}, built by the consumer.
         *
         * @param build sets the entry's values
         * @return this builder
         */
        public Builder addModule(Consumer<PackageSpec.Builder> build) {
            PackageSpec.Builder builder = PackageSpec.builder();
            build.accept(builder);
            return addModule(builder.build());
        }

        /**
         * Replaces {@link Blueprint#enabledModules() enabled_modules}: DNF module streams to enable, requested as {@code name:stream}.
         *
         * @param enabledModules the entries
         * @return this builder
         */
        public Builder enabledModules(List<EnabledModule> enabledModules) {
            this.enabledModules.clear();
            this.enabledModules.addAll(enabledModules);
            return this;
        }

        /**
         * Appends one entry to {@link Blueprint#enabledModules() enabled_modules}.
         *
         * @param entry the entry
         * @return this builder
         */
        public Builder addEnabledModule(EnabledModule entry) {
            enabledModules.add(entry);
            return this;
        }

        /**
         * Appends one entry to {@link Blueprint#enabledModules() enabled_modules}, built by the consumer.
         *
         * @param build sets the entry's values
         * @return this builder
         */
        public Builder addEnabledModule(Consumer<EnabledModule.Builder> build) {
            EnabledModule.Builder builder = EnabledModule.builder();
            build.accept(builder);
            return addEnabledModule(builder.build());
        }

        /**
         * Replaces {@link Blueprint#groups() groups}: package groups to install, by group id.
         *
         * @param groups the entries
         * @return this builder
         */
        public Builder groups(List<PackageGroup> groups) {
            this.groups.clear();
            this.groups.addAll(groups);
            return this;
        }

        /**
         * Appends one package group to {@link Blueprint#groups() groups} (not a user group: those
         * are {@link Customizations.Builder#addUserGroup(GroupCustomization) customizations.group}).
         *
         * @param entry the entry
         * @return this builder
         */
        public Builder addPackageGroup(PackageGroup entry) {
            groups.add(entry);
            return this;
        }

        /**
         * Appends one package group to {@link Blueprint#groups() groups}, built by the consumer.
         *
         * @param build sets the entry's values
         * @return this builder
         */
        public Builder addPackageGroup(Consumer<PackageGroup.Builder> build) {
            PackageGroup.Builder builder = PackageGroup.builder();
            build.accept(builder);
            return addPackageGroup(builder.build());
        }

        /**
         * Replaces {@link Blueprint#containers() containers}: container images to embed in the image.
         *
         * @param containers the entries
         * @return this builder
         */
        public Builder containers(List<Container> containers) {
            this.containers.clear();
            this.containers.addAll(containers);
            return this;
        }

        /**
         * Appends one entry to {@link Blueprint#containers() containers}.
         *
         * @param entry the entry
         * @return this builder
         */
        public Builder addContainer(Container entry) {
            containers.add(entry);
            return this;
        }

        /**
         * Appends one entry to {@link Blueprint#containers() containers}, built by the consumer.
         *
         * @param build sets the entry's values
         * @return this builder
         */
        public Builder addContainer(Consumer<Container.Builder> build) {
            Container.Builder builder = Container.builder();
            build.accept(builder);
            return addContainer(builder.build());
        }

        /**
         * Sets {@link Blueprint#customizations() customizations}: everything beyond the package set; absent means no customization.
         *
         * @param customizations the value, or {@code null} for absent
         * @return this builder
         */
        public Builder customizations(Customizations customizations) {
            this.customizations = customizations;
            return this;
        }

        /**
         * Edits {@link Blueprint#customizations() customizations} in place: the consumer receives a builder holding the current value (or an empty one) and the result replaces it.
         *
         * @param edit sets the values
         * @return this builder
         */
        public Builder customizations(Consumer<Customizations.Builder> edit) {
            Customizations.Builder builder = customizations == null ? Customizations.builder() : customizations.toBuilder();
            edit.accept(builder);
            this.customizations = builder.build();
            return this;
        }

        /**
         * Appends a package by name and version to {@link Blueprint#packages() packages}.
         *
         * @param name the package name or glob
         * @param version the version or glob, or {@code null} for any version
         * @return this builder
         */
        public Builder addPackage(String name, String version) {
            return addPackage(PackageSpec.builder().name(name).version(version).build());
        }

        /**
         * Appends a package by name, in any version, to {@link Blueprint#packages() packages}.
         *
         * @param name the package name or glob
         * @return this builder
         */
        public Builder addPackage(String name) {
            return addPackage(name, null);
        }

        /**
         * Appends a module by name and version to {@link Blueprint#modules() modules}.
         *
         * @param name the module name or glob
         * @param version the version or glob, or {@code null} for any version
         * @return this builder
         */
        public Builder addModule(String name, String version) {
            return addModule(PackageSpec.builder().name(name).version(version).build());
        }

        /**
         * Appends a module by name, in any version, to {@link Blueprint#modules() modules}.
         *
         * @param name the module name or glob
         * @return this builder
         */
        public Builder addModule(String name) {
            return addModule(name, null);
        }

        /**
         * Appends a package group by id to {@link Blueprint#groups() groups}.
         *
         * @param name the group id
         * @return this builder
         */
        public Builder addPackageGroup(String name) {
            return addPackageGroup(PackageGroup.builder().name(name).build());
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
            unknownKeys.put(key, ModelCollections.unknownValue(Blueprint.class, key, value));
            return this;
        }

        /**
         * Creates the {@link Blueprint}.
         *
         * @return a new immutable object
         */
        public Blueprint build() {
            return new Blueprint(name, description, version, distro, architecture, packages, modules, enabledModules, groups, containers, customizations, unknownKeys);
        }
    }
}
