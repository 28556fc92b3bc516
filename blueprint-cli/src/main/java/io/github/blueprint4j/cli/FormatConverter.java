package io.github.blueprint4j.cli;

import io.github.blueprint4j.io.Format;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converts the value of {@code convert --to}, {@code toml} or {@code json} in any case, to a
 * {@link Format}.
 */
final class FormatConverter implements ITypeConverter<Format> {

    @Override
    public Format convert(String value) {
        for (Format format : Format.values()) {
            if (format.extension().equalsIgnoreCase(value)) {
                return format;
            }
        }
        throw new TypeConversionException("expected toml or json but was '" + value + "'");
    }
}
