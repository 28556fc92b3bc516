package io.github.blueprint4j.operations;

import io.github.blueprint4j.model.Blueprint;
import io.github.blueprint4j.model.EnabledModule;
import io.github.blueprint4j.model.PackageGroup;
import io.github.blueprint4j.model.PackageSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * The requests a build sends to the depsolver, spelled as the reference spells them
 * ({@code GetPackages()} and {@code GetEnabledModules()}).
 */
public final class PackageList {

    /** The kernel package when {@code customizations.kernel.name} is absent or empty. */
    public static final String DEFAULT_KERNEL = "kernel";

    private PackageList() {
    }

    /**
     * Returns the package requests of a bootable image: {@link #of(Blueprint, boolean) of(blueprint, true)}.
     *
     * @param blueprint the blueprint
     * @return the requests, in the reference's order
     */
    public static List<String> of(Blueprint blueprint) {
        return of(blueprint, true);
    }

    /**
     * Returns the package requests: every {@code packages} entry, then every {@code modules}
     * entry, as {@code name-version}, or just {@code name} when the version is absent, empty or
     * {@code *}; then every {@code groups} entry as {@code @name}; then, for a bootable image,
     * the kernel: {@code customizations.kernel.name}, or {@value #DEFAULT_KERNEL} when it is
     * absent or empty. Entries are neither checked nor de-duplicated, as in the reference; a
     * missing name counts as empty.
     *
     * @param blueprint the blueprint
     * @param bootable  {@code true} to add the kernel, as the reference does for images that boot
     * @return the requests, in that order
     */
    public static List<String> of(Blueprint blueprint, boolean bootable) {
        List<String> requests = new ArrayList<>();
        for (PackageSpec spec : blueprint.packages()) {
            requests.add(nameVersion(spec.name(), spec.version()));
        }
        for (PackageSpec spec : blueprint.modules()) {
            requests.add(nameVersion(spec.name(), spec.version()));
        }
        for (PackageGroup group : blueprint.groups()) {
            requests.add("@" + text(group.name()));
        }
        if (bootable) {
            requests.add(kernel(blueprint));
        }
        return List.copyOf(requests);
    }

    /**
     * Returns the module streams to enable: every {@code enabled_modules} entry as
     * {@code name:stream}; a missing name or stream counts as empty ({@code nodejs:}).
     *
     * @param blueprint the blueprint
     * @return the streams, in document order
     */
    public static List<String> enabledModules(Blueprint blueprint) {
        List<String> streams = new ArrayList<>();
        for (EnabledModule module : blueprint.enabledModules()) {
            streams.add(text(module.name()) + ":" + text(module.stream()));
        }
        return List.copyOf(streams);
    }

    private static String kernel(Blueprint blueprint) {
        String name = blueprint.customizations() == null || blueprint.customizations().kernel() == null
                ? null : blueprint.customizations().kernel().name();
        return name == null || name.isEmpty() ? DEFAULT_KERNEL : name;
    }

    private static String nameVersion(String name, String version) {
        return version == null || version.isEmpty() || version.equals("*") ? text(name) : text(name) + "-" + version;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
