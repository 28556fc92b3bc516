package io.github.blueprint4j.spring.it;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Value;

/** A test of the application started on a random port of 127.0.0.1, with a client for it. */
abstract class RunningApplication {

    @Value("${local.server.port}")
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }
}
