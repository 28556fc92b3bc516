package io.github.blueprint4j.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.blueprint4j.model.Blueprint;
import org.junit.jupiter.api.Test;

/**
 * The builders on a realistic blueprint: the 40-line TOML document below, built in code in
 * fewer lines, must be the same blueprint.
 */
class BuilderExampleTest {

    private static final String TOML = """
            name = "web-server"
            description = "Nginx front end with monitoring"
            version = "1.4.0"
            distro = "rhel-9.6"

            [[packages]]
            name = "nginx"
            version = "1.24.*"

            [[packages]]
            name = "cockpit"

            [[groups]]
            name = "monitoring"

            [customizations]
            hostname = "web01.example.net"

            [[customizations.user]]
            name = "deploy"
            key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOq0example deploy@ci"
            groups = ["wheel", "nginx"]
            uid = 1500

            [customizations.firewall]
            ports = ["80:tcp", "443:tcp"]
            services = { enabled = ["https", "cockpit"], disabled = ["telnet"] }

            [customizations.services]
            enabled = ["nginx", "cockpit.socket"]
            disabled = ["postfix"]

            [[customizations.files]]
            path = "/etc/nginx/conf.d/health.conf"
            mode = "0644"
            user = "root"
            data = "location /health { return 200; }\\n"

            [[customizations.filesystem]]
            mountpoint = "/var/log"
            minsize = "4 GiB"

            [[customizations.repositories]]
            id = "internal"
            baseurls = ["https://repo.example.net/el9/"]
            gpgkeys = ["https://repo.example.net/RPM-GPG-KEY-internal"]
            """;

    @Test
    void buildsTheTomlDocumentInFewerReadableLines() {
        Blueprint built = Blueprint.builder()
                .name("web-server").description("Nginx front end with monitoring").version("1.4.0").distro("rhel-9.6")
                .addPackage("nginx", "1.24.*")
                .addPackage("cockpit")
                .addPackageGroup("monitoring")
                .customizations(c -> c
                        .hostname("web01.example.net")
                        .addUser(u -> u.name("deploy").key("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOq0example deploy@ci")
                                .groups("wheel", "nginx").uid(1500L))
                        .firewall(f -> f.ports("80:tcp", "443:tcp")
                                .services(s -> s.enabled("https", "cockpit").disabled("telnet")))
                        .services(s -> s.enabled("nginx", "cockpit.socket").disabled("postfix"))
                        .addFile(f -> f.path("/etc/nginx/conf.d/health.conf").mode("0644").user("root")
                                .data("location /health { return 200; }\n"))
                        .addFilesystem(fs -> fs.mountpoint("/var/log").minsize("4 GiB"))
                        .addRepository(r -> r.id("internal").baseurls("https://repo.example.net/el9/")
                                .gpgkeys("https://repo.example.net/RPM-GPG-KEY-internal")))
                .build();

        assertThat(built).isEqualTo(Blueprints.readToml(TOML));
        assertThat(Blueprints.readToml(Blueprints.toToml(built))).isEqualTo(built);
    }
}
