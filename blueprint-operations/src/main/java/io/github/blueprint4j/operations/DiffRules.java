package io.github.blueprint4j.operations;

import io.github.blueprint4j.model.BtrfsSubvolume;
import io.github.blueprint4j.model.Container;
import io.github.blueprint4j.model.DirectoryCustomization;
import io.github.blueprint4j.model.EnabledModule;
import io.github.blueprint4j.model.FileCustomization;
import io.github.blueprint4j.model.FilesystemCustomization;
import io.github.blueprint4j.model.FirewallCustomization;
import io.github.blueprint4j.model.FirewallZone;
import io.github.blueprint4j.model.GroupCustomization;
import io.github.blueprint4j.model.LocaleCustomization;
import io.github.blueprint4j.model.LogicalVolume;
import io.github.blueprint4j.model.PackageGroup;
import io.github.blueprint4j.model.PackageSpec;
import io.github.blueprint4j.model.RepositoryCustomization;
import io.github.blueprint4j.model.SshKeyCustomization;
import io.github.blueprint4j.model.TimezoneCustomization;
import io.github.blueprint4j.model.UserCustomization;
import io.github.blueprint4j.model.internal.Redaction;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The one place that says how {@link BlueprintDiff} treats lists and secrets: which entry
 * field identifies a list entry, which lists of strings are ordered, and which fields are secret
 * (those the library's redaction policy calls secret).
 * Lists of records not named here are matched by position.
 */
final class DiffRules {

    /**
     * A field of a model record, by the format's key.
     *
     * @param owner the record type
     * @param key   the format's key
     */
    record Member(Class<?> owner, String key) {
    }

    /** The identity of the entries of lists of records, by entry type. */
    static final Map<Class<?>, Function<Object, String>> IDENTITIES = Map.ofEntries(
            identity(PackageSpec.class, PackageSpec::name),
            identity(PackageGroup.class, PackageGroup::name),
            identity(EnabledModule.class, EnabledModule::name),
            identity(Container.class, Container::source),
            identity(SshKeyCustomization.class, SshKeyCustomization::user),
            identity(UserCustomization.class, UserCustomization::name),
            identity(GroupCustomization.class, GroupCustomization::name),
            identity(FilesystemCustomization.class, FilesystemCustomization::mountpoint),
            identity(LogicalVolume.class, LogicalVolume::name),
            identity(BtrfsSubvolume.class, BtrfsSubvolume::name),
            identity(FirewallZone.class, FirewallZone::name),
            identity(DirectoryCustomization.class, DirectoryCustomization::path),
            identity(FileCustomization.class, FileCustomization::path),
            identity(RepositoryCustomization.class, RepositoryCustomization::id));

    /** The lists of strings whose order matters; every other list of strings is a set. */
    static final Set<Member> ORDERED = Set.of(
            new Member(LocaleCustomization.class, "languages"),
            new Member(TimezoneCustomization.class, "ntpservers"),
            new Member(FirewallCustomization.class, "ports"));

    private DiffRules() {
    }

    static boolean isOrdered(ModelField field) {
        return ORDERED.contains(new Member(field.owner(), field.key()));
    }

    /** Tells whether a diff never shows the field's value: the redaction policy's secrets. */
    static boolean isSecret(ModelField field) {
        return Redaction.exposure(field.owner(), field.key()) == Redaction.Exposure.SECRET;
    }

    private static <T> Map.Entry<Class<?>, Function<Object, String>> identity(Class<T> type, Function<T, String> key) {
        return Map.entry(type, entry -> key.apply(type.cast(entry)));
    }
}
