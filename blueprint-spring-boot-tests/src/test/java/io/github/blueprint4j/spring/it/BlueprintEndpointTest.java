package io.github.blueprint4j.spring.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The starter in a running application: real HTTP requests on 127.0.0.1, answers as a client sees
 * them. The application checks strictly, for a RHEL 9.6 guest image ({@code application.properties}).
 */
@SpringBootTest(classes = BlueprintTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.address=127.0.0.1")
class BlueprintEndpointTest {

    @Value("${local.server.port}")
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void probe() throws IOException {
        String[] docs = {
            "name = \"web\"\nversion = \"1.0.0\"\n[[packages]]\nname = \"nginx\"\n[customizations]\nhostname = \"web01\"\n",
            "name = \"web\"\nversion = \"1.0.0\"\n[customizations]\nhostname = \"web01\"\ntimezome = \"UTC\"\ninstallation_device = \"/dev/vda\"\n[[customizations.user]]\nname = \"admin\"\nuid = \"1000\"\n[customizations.fdo]\nmanufacturing_server_url = \"https://fdo.example.com\"\ndiun_pub_key_insecure = true\n[customizations.disk]\n[[customizations.disk.partitions]]\ntype = \"plain\"\nmountpoint = \"/data\"\nfs_type = \"ntfs\"\nminsize = \"1 GiB\"\n[[customizations.disk.partitions]]\ntype = \"plain\"\nmountpoint = \"/srv\"\nfs_type = \"xfs\"\nminsize = \"lots\"\n",
            "name = \"web\"\nversion = \n",
        };
        for (String doc : docs) {
            HttpResponse<String> r = http.post("/blueprints", "application/toml", doc);
            System.out.println(r.statusCode() + " " + r.headers().map() + "\n" + r.body());
        }
        String json = "{\n  \"name\": \"web\",\n  \"version\": \"1.0.0\",\n  \"customizations\": {\n    \"user\": [{\"name\": \"admin\", \"uid\": \"1000\"}]\n  }\n}\n";
        HttpResponse<String> r = http.post("/blueprints", "application/json", json);
        System.out.println(r.statusCode() + " " + r.body());
        r = http.post("/blueprints", "text/plain", json);
        System.out.println(r.statusCode() + " " + r.headers().map() + r.body());
        r = http.post("/notes", "text/plain", json);
        System.out.println(r.statusCode() + " " + r.headers().map() + r.body());
        r = http.post("/blueprints", "application/json", "");
        System.out.println(r.statusCode() + " " + r.headers().map() + r.body());
        r = http.post("/drafts", "application/toml", docs[0], "application/toml");
        System.out.println(r.statusCode() + " " + r.headers().map() + r.body());
        JsonNode n = null;
        assertThat(n).isNull();
    }
}
