package io.github.blueprint4j.io.internal;

import io.github.blueprint4j.diagnostic.SourceLocation;
import io.github.blueprint4j.diagnostic.SourceMap;
import java.util.List;

/** TEMPORARY placeholder until the helper's branch is merged. */
final class TomlSourceMap implements SourceMap {
    record IntegerLiteral(String path, String text, SourceLocation location) {
    }

    TomlSourceMap(String text) {
    }

    List<IntegerLiteral> integerLiterals(int minDigits) {
        return List.of();
    }

    @Override
    public SourceLocation locate(String path) {
        return null;
    }
}
