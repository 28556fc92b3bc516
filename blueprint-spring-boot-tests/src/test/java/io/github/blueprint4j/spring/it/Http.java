package io.github.blueprint4j.spring.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/** Real HTTP requests to the application on 127.0.0.1. */
final class Http {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final int port;

    Http(int port) {
        this.port = port;
    }

    HttpResponse<String> post(String path, String contentType, String body, String accept) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    HttpResponse<String> post(String path, String contentType, String body) throws IOException {
        return post(path, contentType, body, null);
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    /** Each finding of a problem body as {@code line:column SEVERITY CODE path}. */
    static List<String> findings(HttpResponse<String> response) throws IOException {
        List<String> findings = new ArrayList<>();
        for (JsonNode d : json(response).path("diagnostics")) {
            findings.add(d.path("line").asText("-") + ":" + d.path("column").asText("-") + " "
                    + d.path("severity").asText() + " " + d.path("code").asText() + " " + d.path("path").asText("-"));
        }
        return findings;
    }
}
