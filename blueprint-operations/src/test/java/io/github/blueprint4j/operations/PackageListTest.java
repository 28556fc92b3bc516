package io.github.blueprint4j.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.blueprint4j.io.Blueprints;
import io.github.blueprint4j.model.Blueprint;
import io.github.blueprint4j.model.EnabledModule;
import io.github.blueprint4j.model.PackageSpec;
import org.junit.jupiter.api.Test;

/** The reference's {@code GetPackages()}, {@code Package.ToNameVersion()} and {@code GetEnabledModules()}. */
class PackageListTest {

    private static final Blueprint SAMPLE = Blueprints.readToml("""
            name = "db-node"

            [[packages]]
            name = "postgresql-server"
            version = "15.*"

            [[packages]]
            name = "python3-psycopg2"

            [[packages]]
            name = "tmux"
            version = "*"

            [[packages]]
            name = "bash"
            version = ""

            [[modules]]
            name = "pcp-zeroconf"
            version = "*"

            [[modules]]
            name = "nodejs"
            version = "20.1.0-1.module_el9"

            [[groups]]
            name = "development-tools"

            [[enabled_modules]]
            name = "nodejs"
            stream = "20"

            [[enabled_modules]]
            name = "postgresql"
            stream = "15"

            [customizations.kernel]
            name = "kernel-rt"
            """);

    @Test
    void listsPackagesModulesGroupsAndTheKernelAsTheReferenceSpellsThem() {
        assertThat(PackageList.of(SAMPLE)).containsExactly(
                "postgresql-server-15.*", "python3-psycopg2", "tmux", "bash",
                "pcp-zeroconf", "nodejs-20.1.0-1.module_el9",
                "@development-tools",
                "kernel-rt");
    }

    @Test
    void leavesTheKernelOutForImagesThatDoNotBoot() {
        assertThat(PackageList.of(SAMPLE, false)).endsWith("@development-tools").doesNotContain("kernel-rt");
    }

    @Test
    void theKernelIsKernelWhenNotNamed() {
        assertThat(PackageList.of(Blueprint.builder().name("x").build())).containsExactly("kernel");
        assertThat(PackageList.of(Blueprint.builder().name("x").customizations(c -> c.hostname("h")).build()))
                .containsExactly("kernel");
        assertThat(PackageList.of(Blueprint.builder().name("x").customizations(c -> c.kernel(k -> k.append("quiet"))).build()))
                .containsExactly("kernel");
        assertThat(PackageList.of(Blueprint.builder().name("x").customizations(c -> c.kernel(k -> k.name(""))).build()))
                .containsExactly("kernel");
    }

    @Test
    void entriesAreNeitherCheckedNorDeduplicated() {
        Blueprint blueprint = Blueprint.builder().name("x")
                .addPackage("kernel").addPackage("vim").addPackage("vim", "9.1")
                .addPackage(PackageSpec.builder().version("1").build())
                .addPackageGroup(g -> g.name(null))
                .build();

        assertThat(PackageList.of(blueprint)).containsExactly("kernel", "vim", "vim-9.1", "-1", "@", "kernel");
    }

    @Test
    void enabledModulesAreNameColonStream() {
        assertThat(PackageList.enabledModules(SAMPLE)).containsExactly("nodejs:20", "postgresql:15");
        Blueprint partial = Blueprint.builder().name("x")
                .addEnabledModule(EnabledModule.builder().name("ruby").build())
                .addEnabledModule(EnabledModule.builder().stream("3").build())
                .build();
        assertThat(PackageList.enabledModules(partial)).containsExactly("ruby:", ":3");
        assertThat(PackageList.enabledModules(Blueprint.builder().name("x").build())).isEmpty();
    }
}
