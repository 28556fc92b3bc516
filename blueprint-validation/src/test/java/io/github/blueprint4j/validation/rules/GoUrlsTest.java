package io.github.blueprint4j.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The port of Go's URL parsing, against what Go's {@code net/url} answers. */
class GoUrlsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "refused", value = {
        "https://example.com/a, https",
        "HTTP://example.com, http",
        "file:///etc/x, file",
        "mailto:keys@example.com, mailto",
        "a+b-c.d:x, a+b-c.d",
        "/abs/path, ''",
        "rel/path, ''",
        "./a:b, ''",
        "//host/path, ''",
        "///x, ''",
        "'', ''",
        "*, ''",
        "/a?%zz, ''",
        "/a#%41, ''",
        "http://[fe80::1%25en0]:8080/, http",
        "http://h%C3%A9/, http",
        "http://hé/, http",
        "http://user:pass@host:80/, http",
        "http://host:/, http",
        ":x, refused",
        "1a:x, refused",
        "//ho st/x, refused",
        "http://user:pa ss@host/, refused",
        "http://us%zzer@host/, refused",
        "http://[fe80::1%en0]/, refused",
        "http://[::1, refused",
        "http://host:80x/, refused",
        "http://host%41/, refused",
        "http://host/%zz, refused",
        "/a#%zz, refused",
    })
    void readsTheSchemeAsUrlParseDoes(String url, String scheme) {
        assertThat(GoUrls.scheme(url)).isEqualTo(scheme);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u007fb", "/a\nb", "\t/a"})
    void refusesControlCharacters(String url) {
        assertThat(GoUrls.scheme(url)).isNull();
        assertThat(GoUrls.isRequestUri(url)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "/etc/pki/key", "https://x/key", "mailto:x", "//host/path", "https://x/k#frag",
        "https://x/k?%zz", "https://[::1]:443/k"})
    void acceptsRequestUris(String url) {
        assertThat(GoUrls.isRequestUri(url)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "etc/pki/key", "key", "https://x/k#%zz", "https://x:y/k", ":k", "https://[::1/k"})
    void refusesOtherRequestUris(String url) {
        assertThat(GoUrls.isRequestUri(url)).isFalse();
    }
}
