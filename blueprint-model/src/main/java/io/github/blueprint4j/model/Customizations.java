package io.github.blueprint4j.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.blueprint4j.model.constraints.Advisory;
import io.github.blueprint4j.model.constraints.FipsImageTypesDoc;
import io.github.blueprint4j.model.constraints.FsDiskExclusive;
import io.github.blueprint4j.model.constraints.FsMountpointUnique;
import io.github.blueprint4j.model.constraints.FsnodeFileNotParent;
import io.github.blueprint4j.model.constraints.FsnodeUniquePaths;
import io.github.blueprint4j.model.constraints.FwTemplateDisabled;
import io.github.blueprint4j.model.constraints.GroupGidUnique;
import io.github.blueprint4j.model.constraints.GroupNameUnique;
import io.github.blueprint4j.model.constraints.HostnameValid;
import io.github.blueprint4j.model.constraints.InstUsersModule;
import io.github.blueprint4j.model.constraints.InstdevPath;
import io.github.blueprint4j.model.constraints.OscapMinVersion;
import io.github.blueprint4j.model.constraints.PmEnum;
import io.github.blueprint4j.model.constraints.PmImageType;
import io.github.blueprint4j.model.constraints.RepoSharedFile;
import io.github.blueprint4j.model.constraints.UserGroupUndefined;
import io.github.blueprint4j.model.constraints.UserKickstartConflict;
import io.github.blueprint4j.model.internal.Redaction;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The {@code [customizations]} table: every change to the image beyond its package set.
 * All keys are optional.
 *
 * <p>In a blueprint: {@code customizations}.
 *
 * @param hostname host name of the image; absent means the image type's default (key {@code hostname})
 * @param kernel kernel package and command line (key {@code kernel})
 * @param sshkey public keys for existing users (the legacy form of {@code user[].key}) (key {@code sshkey})
 * @param user users to create, in creation order (key {@code user})
 * @param group groups to create (key {@code group})
 * @param timezone time zone and NTP servers (key {@code timezone})
 * @param locale languages and keyboard layout (key {@code locale})
 * @param firewall ports, services and zones added to the firewall (key {@code firewall})
 * @param services systemd units to enable, disable or mask (key {@code services})
 * @param filesystem extra mountpoints with minimum sizes (exclusive with {@code disk}) (key {@code filesystem})
 * @param disk a full partition table (exclusive with {@code filesystem}) (key {@code disk})
 * @param installationDevice target block device of the simplified installer, such as {@code /dev/vda} (key {@code installation_device})
 * @param partitioningMode {@code auto-lvm} (the default when empty), {@code lvm} or {@code raw} (key {@code partitioning_mode})
 * @param fdo FIDO Device Onboarding settings (key {@code fdo})
 * @param openscap OpenSCAP remediation profile and tailoring (key {@code openscap})
 * @param ignition Ignition configuration, embedded or fetched at first boot (key {@code ignition})
 * @param directories directories to create in the image (key {@code directories})
 * @param files files to create in the image (key {@code files})
 * @param repositories repository files written to {@code /etc/yum.repos.d} (key {@code repositories})
 * @param fips enable FIPS mode; absent means {@code false} (key {@code fips})
 * @param installer Anaconda installer settings for installer images (key {@code installer})
 * @param rpm RPM database settings (key {@code rpm})
 * @param rhsm subscription-manager configuration (key {@code rhsm})
 * @param cacerts CA certificates added to the system trust store (key {@code cacerts})
 * @param containersStorage where embedded containers are stored (key {@code containers-storage})
 * @param firstboot scripts run once at first boot (key {@code firstboot})
 * @param dnf DNF configuration of the image (key {@code dnf})
 * @param iso ISO 9660 metadata of installer images (key {@code iso})
 * @param sshd OpenSSH server settings (key {@code sshd})
 * @param bootloader boot loader settings of the bootc disk image types, kept as written (key {@code bootloader})
 * @param unknownKeys keys of this table that the blueprint format does not define, with their values, kept so
 *                    that reading and writing back loses nothing; never {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@UserKickstartConflict(groups = Advisory.class)
@GroupNameUnique
@GroupGidUnique
@FsMountpointUnique(groups = Advisory.class)
@FsDiskExclusive(groups = Advisory.class)
@FsnodeUniquePaths
@FsnodeFileNotParent
@RepoSharedFile(groups = Advisory.class)
@InstUsersModule
@UserGroupUndefined(groups = Advisory.class)
public record Customizations(
        @HostnameValid(groups = Advisory.class)
        @JsonProperty("hostname") String hostname,
        @Valid
        @JsonProperty("kernel") KernelCustomization kernel,
        @JsonProperty("sshkey") List<@Valid SshKeyCustomization> sshkey,
        @JsonProperty("user") List<@Valid UserCustomization> user,
        @JsonProperty("group") List<@Valid GroupCustomization> group,
        @Valid
        @JsonProperty("timezone") TimezoneCustomization timezone,
        @Valid
        @JsonProperty("locale") LocaleCustomization locale,
        @Valid
        @FwTemplateDisabled(groups = Advisory.class)
        @JsonProperty("firewall") FirewallCustomization firewall,
        @Valid
        @JsonProperty("services") ServicesCustomization services,
        @JsonProperty("filesystem") List<@Valid FilesystemCustomization> filesystem,
        @Valid
        @JsonProperty("disk") DiskCustomization disk,
        @InstdevPath(groups = Advisory.class)
        @JsonProperty("installation_device") String installationDevice,
        @PmEnum
        @PmImageType(groups = Advisory.class)
        @JsonProperty("partitioning_mode") String partitioningMode,
        @Valid
        @JsonProperty("fdo") FdoCustomization fdo,
        @Valid
        @OscapMinVersion(groups = Advisory.class)
        @JsonProperty("openscap") OpenScapCustomization openscap,
        @Valid
        @JsonProperty("ignition") IgnitionCustomization ignition,
        @JsonProperty("directories") List<@Valid DirectoryCustomization> directories,
        @JsonProperty("files") List<@Valid FileCustomization> files,
        @JsonProperty("repositories") List<@Valid RepositoryCustomization> repositories,
        @FipsImageTypesDoc(groups = Advisory.class)
        @JsonProperty("fips") Boolean fips,
        @Valid
        @JsonProperty("installer") InstallerCustomization installer,
        @Valid
        @JsonProperty("rpm") RpmCustomization rpm,
        @Valid
        @JsonProperty("rhsm") RhsmCustomization rhsm,
        @Valid
        @JsonProperty("cacerts") CaCertsCustomization cacerts,
        @Valid
        @JsonProperty("containers-storage") ContainersStorageCustomization containersStorage,
        @Valid
        @JsonProperty("firstboot") FirstbootCustomization firstboot,
        @Valid
        @JsonProperty("dnf") DnfCustomization dnf,
        @Valid
        @JsonProperty("iso") IsoCustomization iso,
        @Valid
        @JsonProperty("sshd") SshdCustomization sshd,
        @JsonProperty("bootloader") BootloaderCustomization bootloader,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownKeys) {

    /**
     * Copies the collections: lists and maps are unmodifiable and never {@code null}.
     *
     * @param hostname the value of {@code hostname}
     * @param kernel the value of {@code kernel}
     * @param sshkey the value of {@code sshkey}
     * @param user the value of {@code user}
     * @param group the value of {@code group}
     * @param timezone the value of {@code timezone}
     * @param locale the value of {@code locale}
     * @param firewall the value of {@code firewall}
     * @param services the value of {@code services}
     * @param filesystem the value of {@code filesystem}
     * @param disk the value of {@code disk}
     * @param installationDevice the value of {@code installation_device}
     * @param partitioningMode the value of {@code partitioning_mode}
     * @param fdo the value of {@code fdo}
     * @param openscap the value of {@code openscap}
     * @param ignition the value of {@code ignition}
     * @param directories the value of {@code directories}
     * @param files the value of {@code files}
     * @param repositories the value of {@code repositories}
     * @param fips the value of {@code fips}
     * @param installer the value of {@code installer}
     * @param rpm the value of {@code rpm}
     * @param rhsm the value of {@code rhsm}
     * @param cacerts the value of {@code cacerts}
     * @param containersStorage the value of {@code containers-storage}
     * @param firstboot the value of {@code firstboot}
     * @param dnf the value of {@code dnf}
     * @param iso the value of {@code iso}
     * @param sshd the value of {@code sshd}
     * @param bootloader the value of {@code bootloader}
     * @param unknownKeys the keys the format does not define
     * @throws NullPointerException if a list contains {@code null}
     * @throws InvalidValueException if an unknown key is one of the format's keys of this table, or its
     *                               value holds something TOML and JSON cannot carry
     */
    public Customizations {
        sshkey = ModelCollections.list(sshkey, "sshkey");
        user = ModelCollections.list(user, "user");
        group = ModelCollections.list(group, "group");
        filesystem = ModelCollections.list(filesystem, "filesystem");
        directories = ModelCollections.list(directories, "directories");
        files = ModelCollections.list(files, "files");
        repositories = ModelCollections.list(repositories, "repositories");
        unknownKeys = ModelCollections.unknownKeys(unknownKeys, Customizations.class);
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
     * Builds {@link Customizations} objects. Not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private String hostname;
        private KernelCustomization kernel;
        private final List<SshKeyCustomization> sshkey = new ArrayList<>();
        private final List<UserCustomization> user = new ArrayList<>();
        private final List<GroupCustomization> group = new ArrayList<>();
        private TimezoneCustomization timezone;
        private LocaleCustomization locale;
        private FirewallCustomization firewall;
        private ServicesCustomization services;
        private final List<FilesystemCustomization> filesystem = new ArrayList<>();
        private DiskCustomization disk;
        private String installationDevice;
        private String partitioningMode;
        private FdoCustomization fdo;
        private OpenScapCustomization openscap;
        private IgnitionCustomization ignition;
        private final List<DirectoryCustomization> directories = new ArrayList<>();
        private final List<FileCustomization> files = new ArrayList<>();
        private final List<RepositoryCustomization> repositories = new ArrayList<>();
        private Boolean fips;
        private InstallerCustomization installer;
        private RpmCustomization rpm;
        private RhsmCustomization rhsm;
        private CaCertsCustomization cacerts;
        private ContainersStorageCustomization containersStorage;
        private FirstbootCustomization firstboot;
        private DnfCustomization dnf;
        private IsoCustomization iso;
        private SshdCustomization sshd;
        private BootloaderCustomization bootloader;
        private final Map<String, Object> unknownKeys = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(Customizations from) {
            hostname = from.hostname;
            kernel = from.kernel;
            sshkey.addAll(from.sshkey);
            user.addAll(from.user);
            group.addAll(from.group);
            timezone = from.timezone;
            locale = from.locale;
            firewall = from.firewall;
            services = from.services;
            filesystem.addAll(from.filesystem);
            disk = from.disk;
            installationDevice = from.installationDevice;
            partitioningMode = from.partitioningMode;
            fdo = from.fdo;
            openscap = from.openscap;
            ignition = from.ignition;
            directories.addAll(from.directories);
            files.addAll(from.files);
            repositories.addAll(from.repositories);
            fips = from.fips;
            installer = from.installer;
            rpm = from.rpm;
            rhsm = from.rhsm;
            cacerts = from.cacerts;
            containersStorage = from.containersStorage;
            firstboot = from.firstboot;
            dnf = from.dnf;
            iso = from.iso;
            sshd = from.sshd;
            bootloader = from.bootloader;
            unknownKeys.putAll(from.unknownKeys);
        }

        /**
         * Sets {@link Customizations#hostname() hostname}: host name of the image; absent means the image type's default.
         *
         * @param hostname the value, or {@code null} for absent
         * @return this builder
         */
        public Builder hostname(String hostname) {
            this.hostname = hostname;
            return this;
        }

        /**
         * Sets {@link Customizations#kernel() kernel}: kernel package and command line.
         *
         * @param kernel the value, or {@code null} for absent
         * @return this builder
         */
        public Builder kernel(KernelCustomization kernel) {
            this.kernel = kernel;
            return this;
        }

        /**
         * Edits {@link Customizations#kernel() kernel} in place: the consumer receives a builder holding the current value (or an empty one) and the result replaces it.
         *
         * @param edit sets the values
         * @return this builder
         */
        public Builder kernel(Consumer<KernelCustomization.Builder> edit) {
            KernelCustomization.Builder builder = kernel == null ? KernelCustomization.builder() : kernel.toBuilder();
            edit.accept(builder);
            this.kernel = builder.build();
            return this;
        }

        /**
         * Replaces {@link Customizations#sshkey() sshkey}: public keys for existing users (the legacy form of {@code user[].key}).
         *
         * @param sshkey the entries
         * @return this builder
         */
        public Builder sshkey(List<SshKeyCustomization> sshkey) {
            this.sshkey.clear();
            this.sshkey.addAll(sshkey);
            return this;
        }

        /**
         * Appends one entry to {@link Customizations#sshkey() sshkey}.
         *
         * @param entry the entry
         * @return this builder
         */
        public Builder addSshkey(SshKeyCustomization entry) {
            sshkey.add(entry);
            return this;
        }

        /**
         * Appends one entry to {@link Customizations#sshkey() sshkey}, built by the consumer.
         *
         * @param build sets the entry's values
         * @return this builder
         */
        public Builder addSshkey(Consumer<SshKeyCustomization.Builder> build) {
            SshKeyCustomization.Builder builder = SshKeyCustomization.builder();
            build.accept(builder);
            return addSshkey(builder.build());
        }

        /**
         * Replaces {@link Customizations#user() user}: users to create, in creation order.
         *
         * @param user the entries
         * @return this builder
         */
        public Builder user(List<UserCustomization> user) {
            this.user.clear();
            this.user.addAll(user);
            return this;
        }

        /**
         * Appends one entry to {@link Customizations#user() user}.
         *
         * @param entry the entry
         * @return this builder
         */
        public Builder addUser(UserCustomization entry) {
            user.add(entry);
            return this;
        }

        /**
         * Appends one entry to {@link Customizations#user() user}, built by the consumer.
         *
         * @param build sets the entry's values
         * @return this builder
         */
        public Builder addUser(Consumer<UserCustomization.Builder> build) {
            UserCustomization.Builder builder = UserCustomization.builder();
            build.accept(builder);
            return addUser(builder.build());
        }

        /**
         * Replaces {@link Customizations#group() group}: groups to create.
         *
         * @param group the entries
         * @return this builder
         */
        public Builder group(List<GroupCustomization> group) {
            this.group.clear();
            this.group.addAll(group);
            return this;
        }

        /**
         * Appends one user group, a group of accounts to create, to {@link Customizations#group() group}
         * (not a package group: those are {@link Blueprint.Builder#addPackageGroup(PackageGroup) groups}).
         *
         * @param entry the entry
         * @return this builder
         */
        public Builder addUserGroup(GroupCustomization entry) {
            group.add(entry);
            return this;
        }

        /**
         * Appends one user group to {@link Customizations#group() group}, built by the consumer.
         *
         * @param build sets the entry's values
         * @return this builder
         */
        public Builder addUserGroup(Consumer<GroupCustomization.Builder> build) {
            GroupCustomization.Builder builder = GroupCustomization.builder();
            build.accept(builder);
            return addUserGroup(builder.build());
        }

        /**
         * Sets {@link Customizations#timezone() timezone}: time zone and NTP servers.
         *
         * @param timezone the value, or {@code null} for absent
         * @return this builder
         */
        public Builder timezone(TimezoneCustomization timezone) {
            this.timezone = timezone;
            return this;
        }

        /**
         * Edits {@link Customizations#timezone() timezone} in place: the consumer receives a builder holding the current value (or an empty one) and the result replaces it.
         *
         * @param edit sets the values
         * @return this builder
         */
        public Builder timezone(Consumer<TimezoneCustomization.Builder> edit) {
            TimezoneCustomization.Builder builder = timezone == null ? TimezoneCustomization.builder() : timezone.toBuilder();
            edit.accept(builder);
            this.timezone = builder.build();
            return this;
        }

        /**
         * Sets {@link Customizations#locale() locale}: languages and keyboard layout.
         *
         * @param locale the value, or {@code null} for absent
         * @return this builder
         */
        public Builder locale(LocaleCustomization locale) {
            this.locale = locale;
            return this;
        }

        /**
         * Edits {@link Customizations#locale() locale} in place: the consumer receives a builder holding the current value (or an empty one) and the result replaces it.
         *
         * @param edit sets the values
         * @return this builder
         */
        public Builder locale(Consumer<LocaleCustomization.Builder> edit) {
            LocaleCustomization.Builder builder = locale == null ? LocaleCustomization.builder() : locale.toBuilder();
            edit.accept(builder);
            this.locale = builder.build();
            return this;
        }

        /**
         * Sets {@link Customizations#firewall() firewall}: ports, services and zones added to the firewall.
         *
         * @param firewall the value, or {@code null} for absent
         * @return this builder
         */
        public Builder firewall(FirewallCustomization firewall) {
            this.firewall = firewall;
            return this;
        }

        /**
         * Edits {@link Customizations#firewall() firewall} in place: the consumer receives a builder holding the current value (or an empty one) and the result replaces it.
         *
         * @param edit sets the values
         * @return this builder
         */
        public Builder firewall(Consumer<FirewallCustomization.Builder> edit) {
            FirewallCustomization.Builder builder = firewall == null ? FirewallCustomization.builder() : firewall.toBuilder();
            edit.accept(builder);
            this.firewall = builder.build();
            return this;
        }

        /**
         * Sets {@link Customizations#services() services}: systemd units to enable, disable or mask.
         *
         * @param services the value, or {@code null} for absent
         * @return this builder
         */
        public Builder services(ServicesCustomization services) {
            this.services = services;
            return this;
        }

        /**
         * Edits {@link Customizations#services() services} in place: the consumer receives a builder holding the current value (or an empty one) and the result replaces it.
         *
         * @param edit sets the values
         * @return this builder
         */
        public Builder services(Consumer<ServicesCustomization.Builder> edit) {
            ServicesCustomization.Builder builder = services == null ? ServicesCustomization.builder() : services.toBuilder();
            edit.accept(builder);
            this.services = builder.build();
            return this;
        }

        /**
         * Replaces {@link Customizations#filesystem() filesystem}: extra mountpoints with minimum sizes (exclusive with {@code disk}).
         *
         * @param filesystem the entries
         * @return this builder
         */
        public Builder filesystem(List<FilesystemCustomization> filesystem) {
            this.filesystem.clear();
            this.filesystem.addAll(filesystem);
            return this;
        }

        /**
         * Appends one entry to {@link Customizations#filesystem() filesystem}.
         *
         * @param entry the entry
         * @return this builder
         */
        public Builder addFilesystem(FilesystemCustomization entry) {
            filesystem.add(entry);
            return this;
        }

        /**
         * Appends one entry to {@link Customizations#filesystem() filesystem}, built by the consumer.
         *
         * @param build sets the entry's values
         * @return this builder
         */
        public Builder addFilesystem(Consumer<FilesystemCustomization.Builder> build) {
            FilesystemCustomization.Builder builder = FilesystemCustomization.builder();
            build.accept(builder);
            return addFilesystem(builder.build());
        }

        /**
         * Sets {@link Customizations#disk() disk}: a full partition table (exclusive with {@code filesystem}).
         *
         * @param disk the value, or {@code null} for absent
         * @return this builder
         */
        public Builder disk(DiskCustomization disk) {
            this.disk = disk;
            return this;
        }

        /**
         * Edits {@link Customizations#disk() disk} in place: the consumer receives a builder holding the current value (or an empty one) and the result replaces it.
         *
         * @param edit sets the values
         * @return this builder
         */
        public Builder disk(Consumer<DiskCustomization.Builder> edit) {
            DiskCustomization.Builder builder = disk == null ? DiskCustomization.builder() : disk.toBuilder();
            edit.accept(builder);
            this.disk = builder.build();
            return this;
        }

        /**
         * Sets {@link Customizations#installationDevice() installation_device}: target block device of the simplified installer, such as {@code /dev/vda}.
         *
         * @param installationDevice the value, or {@code null} for absent
         * @return this builder
         */
        public Builder installationDevice(String installationDevice) {
            this.installationDevice = installationDevice;
            return this;
        }

        /**
         * Sets {@link Customizations#partitioningMode() partitioning_mode}: {@code auto-lvm} (the default when empty), {@code lvm} or {@code raw}.
         *
         * @param partitioningMode the value, or {@code null} for absent
         * @return this builder
         */
        public Builder partitioningMode(String partitioningMode) {
            this.partitioningMode = partitioningMode;
            return this;
        }

        /**
         * Sets {@link Customizations#fdo() fdo}: FIDO Device Onboarding settings.
         *
         * @param fdo the value, or {@code null} for absent
         * @return this builder
         */
        public Builder fdo(FdoCustomization fdo) {
            this.fdo = fdo;
            return this;
        }

        /**
         * Edits {@link Customizations#fdo() fdo} in place: the consumer receives a builder holding the current value (or an empty one) and the result replaces it.
         *
         * @param edit sets the values
         * @return this builder
         */
        public Builder fdo(Consumer<FdoCustomization.Builder> edit) {
            FdoCustomization.Builder builder = fdo == null ? FdoCustomization.builder() : fdo.toBuilder();
            edit.accept(builder);
            this.fdo = builder.build();
            return this;
        }

        /**
         * Sets {@link Customizations#openscap() openscap}: OpenSCAP remediation profile and tailoring.
         *
         * @param openscap the value, or {@code null} for absent
         * @return this builder
         */
        public Builder openscap(OpenScapCustomization openscap) {
            this.openscap = openscap;
            return this;
        }

        /**
         * Edits {@link Customizations#openscap() openscap} in place: the consumer receives a builder holding the current value (or an empty one) and the result replaces it.
         *
         * @param edit sets the values
         * @return this builder
         */
        public Builder openscap(Consumer<OpenScapCustomization.Builder> edit) {
            OpenScapCustomization.Builder builder = openscap == null ? OpenScapCustomization.builder() : openscap.toBuilder();
            edit.accept(builder);
            this.openscap = builder.build();
            return this;
        }

        /**
         * Sets {@link Customizations#ignition() ignition}: Ignition configuration, embedded or fetched at first boot.
         *
         * @param ignition the value, or {@code null} for absent
         * @return this builder
         */
        public Builder ignition(IgnitionCustomization ignition) {
            this.ignition = ignition;
            return this;
        }

        /**
         * Edits {@link Customizations#ignition() ignition} in place: the consumer receives a builder holding the current value (or an empty one) and the result replaces it.
         *
         * @param edit sets the values
         * @return this builder
         */
        public Builder ignition(Consumer<IgnitionCustomization.Builder> edit) {
            IgnitionCustomization.Builder builder = ignition == null ? IgnitionCustomization.builder() : ignition.toBuilder();
            edit.accept(builder);
            this.ignition = builder.build();
            return this;
        }

        /**
         * Replaces {@link Customizations#directories() directories}: directories to create in the image.
         *
         * @param directories the entries
         * @return this builder
         */
        public Builder directories(List<DirectoryCustomization> directories) {
            this.directories.clear();
            this.directories.addAll(directories);
            return this;
        }

        /**
         * Appends one entry to {@link Customizations#directories() directories}.
         *
         * @param entry the entry
         * @return this builder
         */
        public Builder addDirectory(DirectoryCustomization entry) {
            directories.add(entry);
            return this;
        }

        /**
         * Appends one entry to {@link Customizations#directories() directories}, built by the consumer.
         *
         * @param build sets the entry's values
         * @return this builder
         */
        public Builder addDirectory(Consumer<DirectoryCustomization.Builder> build) {
            DirectoryCustomization.Builder builder = DirectoryCustomization.builder();
            build.accept(builder);
            return addDirectory(builder.build());
        }

        /**
         * Replaces {@link Customizations#files() files}: files to create in the image.
         *
         * @param files the entries
         * @return this builder
         */
        public Builder files(List<FileCustomization> files) {
            this.files.clear();
            this.files.addAll(files);
            return this;
        }

        /**
         * Appends one entry to {@link Customizations#files() files}.
         *
         * @param entry the entry
         * @return this builder
         */
        public Builder addFile(FileCustomization entry) {
            files.add(entry);
            return this;
        }

        /**
         * Appends one entry to {@link Customizations#files() files}, built by the consumer.
         *
         * @param build sets the entry's values
         * @return this builder
         */
        public Builder addFile(Consumer<FileCustomization.Builder> build) {
            FileCustomization.Builder builder = FileCustomization.builder();
            build.accept(builder);
            return addFile(builder.build());
        }

        /**
         * Replaces {@link Customizations#repositories() repositories}: repository files written to {@code /etc/yum.repos.d}.
         *
         * @param repositories the entries
         * @return this builder
         */
        public Builder repositories(List<RepositoryCustomization> repositories) {
            this.repositories.clear();
            this.repositories.addAll(repositories);
            return this;
        }

        /**
         * Appends one entry to {@link Customizations#repositories() repositories}.
         *
         * @param entry the entry
         * @return this builder
         */
        public Builder addRepository(RepositoryCustomization entry) {
            repositories.add(entry);
            return this;
        }

        /**
         * Appends one entry to {@link Customizations#repositories() repositories}, built by the consumer.
         *
         * @param build sets the entry's values
         * @return this builder
         */
        public Builder addRepository(Consumer<RepositoryCustomization.Builder> build) {
            RepositoryCustomization.Builder builder = RepositoryCustomization.builder();
            build.accept(builder);
            return addRepository(builder.build());
        }

        /**
         * Sets {@link Customizations#fips() fips}: enable FIPS mode; absent means {@code false}.
         *
         * @param fips the value, or {@code null} for absent
         * @return this builder
         */
        public Builder fips(Boolean fips) {
            this.fips = fips;
            return this;
        }

        /**
         * Sets {@link Customizations#installer() installer}: Anaconda installer settings for installer images.
         *
         * @param installer the value, or {@code null} for absent
         * @return this builder
         */
        public Builder installer(InstallerCustomization installer) {
            this.installer = installer;
            return this;
        }

        /**
         * Edits {@link Customizations#installer() installer} in place: the consumer receives a builder holding the current value (or an empty one) and the result replaces it.
         *
         * @param edit sets the values
         * @return this builder
         */
        public Builder installer(Consumer<InstallerCustomization.Builder> edit) {
            InstallerCustomization.Builder builder = installer == null ? InstallerCustomization.builder() : installer.toBuilder();
            edit.accept(builder);
            this.installer = builder.build();
            return this;
        }

        /**
         * Sets {@link Customizations#rpm() rpm}: RPM database settings.
         *
         * @param rpm the value, or {@code null} for absent
         * @return this builder
         */
        public Builder rpm(RpmCustomization rpm) {
            this.rpm = rpm;
            return this;
        }

        /**
         * Edits {@link Customizations#rpm() rpm} in place: the consumer receives a builder holding the current value (or an empty one) and the result replaces it.
         *
         * @param edit sets the values
         * @return this builder
         */
        public Builder rpm(Consumer<RpmCustomization.Builder> edit) {
            RpmCustomization.Builder builder = rpm == null ? RpmCustomization.builder() : rpm.toBuilder();
            edit.accept(builder);
            this.rpm = builder.build();
            return this;
        }

        /**
         * Sets {@link Customizations#rhsm() rhsm}: subscription-manager configuration.
         *
         * @param rhsm the value, or {@code null} for absent
         * @return this builder
         */
        public Builder rhsm(RhsmCustomization rhsm) {
            this.rhsm = rhsm;
            return this;
        }

        /**
         * Edits {@link Customizations#rhsm() rhsm} in place: the consumer receives a builder holding the current value (or an empty one) and the result replaces it.
         *
         * @param edit sets the values
         * @return this builder
         */
        public Builder rhsm(Consumer<RhsmCustomization.Builder> edit) {
            RhsmCustomization.Builder builder = rhsm == null ? RhsmCustomization.builder() : rhsm.toBuilder();
            edit.accept(builder);
            this.rhsm = builder.build();
            return this;
        }

        /**
         * Sets {@link Customizations#cacerts() cacerts}: CA certificates added to the system trust store.
         *
         * @param cacerts the value, or {@code null} for absent
         * @return this builder
         */
        public Builder cacerts(CaCertsCustomization cacerts) {
            this.cacerts = cacerts;
            return this;
        }

        /**
         * Edits {@link Customizations#cacerts() cacerts} in place: the consumer receives a builder holding the current value (or an empty one) and the result replaces it.
         *
         * @param edit sets the values
         * @return this builder
         */
        public Builder cacerts(Consumer<CaCertsCustomization.Builder> edit) {
            CaCertsCustomization.Builder builder = cacerts == null ? CaCertsCustomization.builder() : cacerts.toBuilder();
            edit.accept(builder);
            this.cacerts = builder.build();
            return this;
        }

        /**
         * Sets {@link Customizations#containersStorage() containers-storage}: where embedded containers are stored.
         *
         * @param containersStorage the value, or {@code null} for absent
         * @return this builder
         */
        public Builder containersStorage(ContainersStorageCustomization containersStorage) {
            this.containersStorage = containersStorage;
            return this;
        }

        /**
         * Edits {@link Customizations#containersStorage() containers-storage} in place: the consumer receives a builder holding the current value (or an empty one) and the result replaces it.
         *
         * @param edit sets the values
         * @return this builder
         */
        public Builder containersStorage(Consumer<ContainersStorageCustomization.Builder> edit) {
            ContainersStorageCustomization.Builder builder = containersStorage == null ? ContainersStorageCustomization.builder() : containersStorage.toBuilder();
            edit.accept(builder);
            this.containersStorage = builder.build();
            return this;
        }

        /**
         * Sets {@link Customizations#firstboot() firstboot}: scripts run once at first boot.
         *
         * @param firstboot the value, or {@code null} for absent
         * @return this builder
         */
        public Builder firstboot(FirstbootCustomization firstboot) {
            this.firstboot = firstboot;
            return this;
        }

        /**
         * Edits {@link Customizations#firstboot() firstboot} in place: the consumer receives a builder holding the current value (or an empty one) and the result replaces it.
         *
         * @param edit sets the values
         * @return this builder
         */
        public Builder firstboot(Consumer<FirstbootCustomization.Builder> edit) {
            FirstbootCustomization.Builder builder = firstboot == null ? FirstbootCustomization.builder() : firstboot.toBuilder();
            edit.accept(builder);
            this.firstboot = builder.build();
            return this;
        }

        /**
         * Sets {@link Customizations#dnf() dnf}: DNF configuration of the image.
         *
         * @param dnf the value, or {@code null} for absent
         * @return this builder
         */
        public Builder dnf(DnfCustomization dnf) {
            this.dnf = dnf;
            return this;
        }

        /**
         * Edits {@link Customizations#dnf() dnf} in place: the consumer receives a builder holding the current value (or an empty one) and the result replaces it.
         *
         * @param edit sets the values
         * @return this builder
         */
        public Builder dnf(Consumer<DnfCustomization.Builder> edit) {
            DnfCustomization.Builder builder = dnf == null ? DnfCustomization.builder() : dnf.toBuilder();
            edit.accept(builder);
            this.dnf = builder.build();
            return this;
        }

        /**
         * Sets {@link Customizations#iso() iso}: ISO 9660 metadata of installer images.
         *
         * @param iso the value, or {@code null} for absent
         * @return this builder
         */
        public Builder iso(IsoCustomization iso) {
            this.iso = iso;
            return this;
        }

        /**
         * Edits {@link Customizations#iso() iso} in place: the consumer receives a builder holding the current value (or an empty one) and the result replaces it.
         *
         * @param edit sets the values
         * @return this builder
         */
        public Builder iso(Consumer<IsoCustomization.Builder> edit) {
            IsoCustomization.Builder builder = iso == null ? IsoCustomization.builder() : iso.toBuilder();
            edit.accept(builder);
            this.iso = builder.build();
            return this;
        }

        /**
         * Sets {@link Customizations#sshd() sshd}: OpenSSH server settings.
         *
         * @param sshd the value, or {@code null} for absent
         * @return this builder
         */
        public Builder sshd(SshdCustomization sshd) {
            this.sshd = sshd;
            return this;
        }

        /**
         * Edits {@link Customizations#sshd() sshd} in place: the consumer receives a builder holding the current value (or an empty one) and the result replaces it.
         *
         * @param edit sets the values
         * @return this builder
         */
        public Builder sshd(Consumer<SshdCustomization.Builder> edit) {
            SshdCustomization.Builder builder = sshd == null ? SshdCustomization.builder() : sshd.toBuilder();
            edit.accept(builder);
            this.sshd = builder.build();
            return this;
        }

        /**
         * Sets {@link Customizations#bootloader() bootloader}: boot loader settings of the bootc disk image types, kept as written.
         *
         * @param bootloader the value, or {@code null} for absent
         * @return this builder
         */
        public Builder bootloader(BootloaderCustomization bootloader) {
            this.bootloader = bootloader;
            return this;
        }

        /**
         * Edits {@link Customizations#bootloader() bootloader} in place: the consumer receives a builder holding the current value (or an empty one) and the result replaces it.
         *
         * @param edit changes the value
         * @return this builder
         */
        public Builder bootloader(Consumer<BootloaderCustomization.Builder> edit) {
            BootloaderCustomization.Builder builder = bootloader == null ? BootloaderCustomization.builder() : bootloader.toBuilder();
            edit.accept(builder);
            this.bootloader = builder.build();
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
            unknownKeys.put(key, ModelCollections.unknownValue(Customizations.class, key, value));
            return this;
        }

        /**
         * Creates the {@link Customizations}.
         *
         * @return a new immutable object
         */
        public Customizations build() {
            return new Customizations(hostname, kernel, sshkey, user, group, timezone, locale, firewall, services, filesystem, disk, installationDevice, partitioningMode, fdo, openscap, ignition, directories, files, repositories, fips, installer, rpm, rhsm, cacerts, containersStorage, firstboot, dnf, iso, sshd, bootloader, unknownKeys);
        }
    }
}
