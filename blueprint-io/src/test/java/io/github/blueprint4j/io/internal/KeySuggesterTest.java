package io.github.blueprint4j.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeySuggesterTest {

    private static final List<String> KEYS = List.of("name", "description", "version", "timezone", "sslverify",
            "tls-verify");

    @Test
    void suggestsTheKeyInAnotherCaseOrWithSeparatorsSwapped() {
        assertThat(KeySuggester.suggest("Name", KEYS)).isEqualTo("name");
        assertThat(KeySuggester.suggest("ssl_verify", KEYS)).isEqualTo("sslverify");
        assertThat(KeySuggester.suggest("tls_verify", KEYS)).isEqualTo("tls-verify");
    }

    @Test
    void suggestsTheKeyOfASmallTypoOrAPrefix() {
        assertThat(KeySuggester.suggest("timezome", KEYS)).isEqualTo("timezone");
        assertThat(KeySuggester.suggest("versoin", KEYS)).isEqualTo("version");
        assertThat(KeySuggester.suggest("lv_name", KEYS)).isEqualTo("name");
    }

    @Test
    void suggestsNothingForAKeyFarFromEveryCandidate() {
        assertThat(KeySuggester.suggest("packages_extra", KEYS)).isNull();
        assertThat(KeySuggester.suggest("x", KEYS)).isNull();
    }

    /**
     * The fuzzer's JSON run found documents of many keys thousands of characters long spending
     * most of their reading in edit distances against every candidate; a key whose length is
     * further from a candidate's than the distance allowed is no longer compared with it.
     */
    @Test
    void aKeyThousandsOfCharactersLongGetsNoSuggestion() {
        assertThat(KeySuggester.suggest("t".repeat(5_000) + "imezone", KEYS)).isNull();
        assertThat(KeySuggester.suggest("timezone" + "_x".repeat(5_000), KEYS)).isEqualTo("timezone");
    }
}
