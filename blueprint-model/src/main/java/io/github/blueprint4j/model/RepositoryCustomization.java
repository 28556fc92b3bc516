package io.github.blueprint4j.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.blueprint4j.model.constraints.Advisory;
import io.github.blueprint4j.model.constraints.RepoBaseurlNonempty;
import io.github.blueprint4j.model.constraints.RepoFilenamePattern;
import io.github.blueprint4j.model.constraints.RepoGpgcheckNeedsKeys;
import io.github.blueprint4j.model.constraints.RepoGpgkeyFormat;
import io.github.blueprint4j.model.constraints.RepoGpgkeyNonempty;
import io.github.blueprint4j.model.constraints.RepoIdPattern;
import io.github.blueprint4j.model.constraints.RepoIdRequired;
import io.github.blueprint4j.model.constraints.RepoInlineKeyFile;
import io.github.blueprint4j.model.constraints.RepoNeedsSource;
import io.github.blueprint4j.model.constraints.RepoNotBuildSource;
import io.github.blueprint4j.model.internal.Redaction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A repository written to {@code /etc/yum.repos.d}. Unless {@code install_from} is set, it is not used
 * to install packages during the build.
 *
 * <p>In a blueprint: {@code customizations.repositories[]}.
 *
 * @param id repository id, {@code [\w.\-:]+} (key {@code id})
 * @param name display name (key {@code name})
 * @param filename file name in {@code /etc/yum.repos.d} ({@code .repo} is appended if missing); absent means {@code <id>.repo} (key {@code filename})
 * @param baseurls base URLs (one of {@code baseurls}, {@code mirrorlist} and {@code metalink} is required) (key {@code baseurls})
 * @param mirrorlist mirror list URL (key {@code mirrorlist})
 * @param metalink metalink URL (key {@code metalink})
 * @param gpgkeys GPG keys: URLs or inline ASCII-armoured public keys (key {@code gpgkeys})
 * @param gpgcheck check package signatures; absent means the dnf default (key {@code gpgcheck})
 * @param repoGpgcheck check the repository metadata signature; absent means the dnf default (key {@code repo_gpgcheck})
 * @param enabled enable the repository; absent means the dnf default (enabled) (key {@code enabled})
 * @param priority repository priority; absent means the dnf default (key {@code priority})
 * @param sslverify verify TLS certificates; absent means the dnf default ({@code true}). The documentation's {@code ssl_verify} is not this key (key {@code sslverify})
 * @param moduleHotfixes allow packages of this repository to override module filtering (key {@code module_hotfixes})
 * @param installFrom also install packages from this repository during the build; always written, as the reference does (key {@code install_from})
 * @param unknownKeys keys of this table that the blueprint format does not define, with their values, kept so
 *                    that reading and writing back loses nothing; never {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@RepoFilenamePattern
@RepoNeedsSource
@RepoGpgcheckNeedsKeys
@RepoNotBuildSource(groups = Advisory.class)
@RepoInlineKeyFile(groups = Advisory.class)
public record RepositoryCustomization(
        @RepoIdRequired
        @RepoIdPattern(groups = Advisory.class)
        @JsonProperty("id") String id,
        @JsonProperty("name") String name,
        @JsonProperty("filename") String filename,
        @JsonProperty("baseurls") List<@RepoBaseurlNonempty(groups = Advisory.class) String> baseurls,
        @JsonProperty("mirrorlist") String mirrorlist,
        @JsonProperty("metalink") String metalink,
        @JsonProperty("gpgkeys") List<@RepoGpgkeyFormat @RepoGpgkeyNonempty(groups = Advisory.class) String> gpgkeys,
        @JsonProperty("gpgcheck") Boolean gpgcheck,
        @JsonProperty("repo_gpgcheck") Boolean repoGpgcheck,
        @JsonProperty("enabled") Boolean enabled,
        @JsonProperty("priority") Long priority,
        @JsonProperty("sslverify") Boolean sslverify,
        @JsonProperty("module_hotfixes") Boolean moduleHotfixes,
        @JsonInclude(JsonInclude.Include.ALWAYS) @JsonProperty("install_from") boolean installFrom,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownKeys) {

    /**
     * Copies the collections: lists and maps are unmodifiable and never {@code null}.
     *
     * @param id the value of {@code id}
     * @param name the value of {@code name}
     * @param filename the value of {@code filename}
     * @param baseurls the value of {@code baseurls}
     * @param mirrorlist the value of {@code mirrorlist}
     * @param metalink the value of {@code metalink}
     * @param gpgkeys the value of {@code gpgkeys}
     * @param gpgcheck the value of {@code gpgcheck}
     * @param repoGpgcheck the value of {@code repo_gpgcheck}
     * @param enabled the value of {@code enabled}
     * @param priority the value of {@code priority}
     * @param sslverify the value of {@code sslverify}
     * @param moduleHotfixes the value of {@code module_hotfixes}
     * @param installFrom the value of {@code install_from}
     * @param unknownKeys the keys the format does not define
     * @throws NullPointerException if a list contains {@code null}
     * @throws InvalidValueException if an unknown key is one of the format's keys of this table, or its
     *                               value holds something TOML and JSON cannot carry
     */
    public RepositoryCustomization {
        baseurls = ModelCollections.list(baseurls, "baseurls");
        gpgkeys = ModelCollections.list(gpgkeys, "gpgkeys");
        unknownKeys = ModelCollections.unknownKeys(unknownKeys, RepositoryCustomization.class);
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
     * Builds {@link RepositoryCustomization} objects. Not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private String id;
        private String name;
        private String filename;
        private final List<String> baseurls = new ArrayList<>();
        private String mirrorlist;
        private String metalink;
        private final List<String> gpgkeys = new ArrayList<>();
        private Boolean gpgcheck;
        private Boolean repoGpgcheck;
        private Boolean enabled;
        private Long priority;
        private Boolean sslverify;
        private Boolean moduleHotfixes;
        private boolean installFrom;
        private final Map<String, Object> unknownKeys = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(RepositoryCustomization from) {
            id = from.id;
            name = from.name;
            filename = from.filename;
            baseurls.addAll(from.baseurls);
            mirrorlist = from.mirrorlist;
            metalink = from.metalink;
            gpgkeys.addAll(from.gpgkeys);
            gpgcheck = from.gpgcheck;
            repoGpgcheck = from.repoGpgcheck;
            enabled = from.enabled;
            priority = from.priority;
            sslverify = from.sslverify;
            moduleHotfixes = from.moduleHotfixes;
            installFrom = from.installFrom;
            unknownKeys.putAll(from.unknownKeys);
        }

        /**
         * Sets {@link RepositoryCustomization#id() id}: repository id, {@code [\w.\-:]+}.
         *
         * @param id the value, or {@code null} for absent
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * Sets {@link RepositoryCustomization#name() name}: display name.
         *
         * @param name the value, or {@code null} for absent
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets {@link RepositoryCustomization#filename() filename}: file name in {@code /etc/yum.repos.d} ({@code .repo} is appended if missing); absent means {@code <id>.repo}.
         *
         * @param filename the value, or {@code null} for absent
         * @return this builder
         */
        public Builder filename(String filename) {
            this.filename = filename;
            return this;
        }

        /**
         * Replaces {@link RepositoryCustomization#baseurls() baseurls}: base URLs (one of {@code baseurls}, {@code mirrorlist} and {@code metalink} is required).
         *
         * @param baseurls the values
         * @return this builder
         */
        public Builder baseurls(List<String> baseurls) {
            this.baseurls.clear();
            this.baseurls.addAll(baseurls);
            return this;
        }

        /**
         * Replaces {@link RepositoryCustomization#baseurls() baseurls}: base URLs (one of {@code baseurls}, {@code mirrorlist} and {@code metalink} is required).
         *
         * @param baseurls the values
         * @return this builder
         */
        public Builder baseurls(String... baseurls) {
            return baseurls(Arrays.asList(baseurls));
        }

        /**
         * Appends one value to {@link RepositoryCustomization#baseurls() baseurls}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder addBaseurl(String value) {
            baseurls.add(value);
            return this;
        }

        /**
         * Sets {@link RepositoryCustomization#mirrorlist() mirrorlist}: mirror list URL.
         *
         * @param mirrorlist the value, or {@code null} for absent
         * @return this builder
         */
        public Builder mirrorlist(String mirrorlist) {
            this.mirrorlist = mirrorlist;
            return this;
        }

        /**
         * Sets {@link RepositoryCustomization#metalink() metalink}: metalink URL.
         *
         * @param metalink the value, or {@code null} for absent
         * @return this builder
         */
        public Builder metalink(String metalink) {
            this.metalink = metalink;
            return this;
        }

        /**
         * Replaces {@link RepositoryCustomization#gpgkeys() gpgkeys}: GPG keys: URLs or inline ASCII-armoured public keys.
         *
         * @param gpgkeys the values
         * @return this builder
         */
        public Builder gpgkeys(List<String> gpgkeys) {
            this.gpgkeys.clear();
            this.gpgkeys.addAll(gpgkeys);
            return this;
        }

        /**
         * Replaces {@link RepositoryCustomization#gpgkeys() gpgkeys}: GPG keys: URLs or inline ASCII-armoured public keys.
         *
         * @param gpgkeys the values
         * @return this builder
         */
        public Builder gpgkeys(String... gpgkeys) {
            return gpgkeys(Arrays.asList(gpgkeys));
        }

        /**
         * Appends one value to {@link RepositoryCustomization#gpgkeys() gpgkeys}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder addGpgkey(String value) {
            gpgkeys.add(value);
            return this;
        }

        /**
         * Sets {@link RepositoryCustomization#gpgcheck() gpgcheck}: check package signatures; absent means the dnf default.
         *
         * @param gpgcheck the value, or {@code null} for absent
         * @return this builder
         */
        public Builder gpgcheck(Boolean gpgcheck) {
            this.gpgcheck = gpgcheck;
            return this;
        }

        /**
         * Sets {@link RepositoryCustomization#repoGpgcheck() repo_gpgcheck}: check the repository metadata signature; absent means the dnf default.
         *
         * @param repoGpgcheck the value, or {@code null} for absent
         * @return this builder
         */
        public Builder repoGpgcheck(Boolean repoGpgcheck) {
            this.repoGpgcheck = repoGpgcheck;
            return this;
        }

        /**
         * Sets {@link RepositoryCustomization#enabled() enabled}: enable the repository; absent means the dnf default (enabled).
         *
         * @param enabled the value, or {@code null} for absent
         * @return this builder
         */
        public Builder enabled(Boolean enabled) {
            this.enabled = enabled;
            return this;
        }

        /**
         * Sets {@link RepositoryCustomization#priority() priority}: repository priority; absent means the dnf default.
         *
         * @param priority the value, or {@code null} for absent
         * @return this builder
         */
        public Builder priority(Long priority) {
            this.priority = priority;
            return this;
        }

        /**
         * Sets {@link RepositoryCustomization#priority() priority} to a number, so that {@code priority(1000)} needs no {@code L}.
         *
         * @param priority the value
         * @return this builder
         */
        public Builder priority(long priority) {
            return priority(Long.valueOf(priority));
        }

        /**
         * Sets {@link RepositoryCustomization#sslverify() sslverify}: verify TLS certificates; absent means the dnf default ({@code true}). The documentation's {@code ssl_verify} is not this key.
         *
         * @param sslverify the value, or {@code null} for absent
         * @return this builder
         */
        public Builder sslverify(Boolean sslverify) {
            this.sslverify = sslverify;
            return this;
        }

        /**
         * Sets {@link RepositoryCustomization#moduleHotfixes() module_hotfixes}: allow packages of this repository to override module filtering.
         *
         * @param moduleHotfixes the value, or {@code null} for absent
         * @return this builder
         */
        public Builder moduleHotfixes(Boolean moduleHotfixes) {
            this.moduleHotfixes = moduleHotfixes;
            return this;
        }

        /**
         * Sets {@link RepositoryCustomization#installFrom() install_from}: also install packages from this repository during the build; always written, as the reference does.
         *
         * @param installFrom the value; {@code false} if never set
         * @return this builder
         */
        public Builder installFrom(boolean installFrom) {
            this.installFrom = installFrom;
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
            unknownKeys.put(key, ModelCollections.unknownValue(RepositoryCustomization.class, key, value));
            return this;
        }

        /**
         * Creates the {@link RepositoryCustomization}.
         *
         * @return a new immutable object
         */
        public RepositoryCustomization build() {
            return new RepositoryCustomization(id, name, filename, baseurls, mirrorlist, metalink, gpgkeys, gpgcheck, repoGpgcheck, enabled, priority, sslverify, moduleHotfixes, installFrom, unknownKeys);
        }
    }
}
