package io.github.blueprint4j.cli;

import io.github.blueprint4j.io.Format;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** What {@code convert --to} writes: a classic format or one of the neighbouring shapes. */
enum ConvertTarget {
    /** Classic TOML. */
    TOML("toml", Format.TOML),
    /** Classic JSON. */
    JSON("json", Format.JSON),
    /** The hosted Image Builder service's CreateBlueprintRequest (JSON). */
    HOSTED("hosted", Format.JSON),
    /** An osbuild-composer cloud API ComposeRequest with a blueprint (JSON). */
    CLOUDAPI("cloudapi", Format.JSON),
    /** A bootc-image-builder config (TOML). */
    BIB("bib", Format.TOML);

    private final String id;
    private final Format format;

    ConvertTarget(String id, Format format) {
        this.id = id;
        this.format = format;
    }

    /** Returns the name on the command line. */
    String id() {
        return id;
    }

    /** Returns the format of the file written, which gives its extension. */
    Format format() {
        return format;
    }

    /** Converts the value of {@code --to}, in any case. */
    static final class Converter implements ITypeConverter<ConvertTarget> {
        @Override
        public ConvertTarget convert(String value) {
            for (ConvertTarget target : values()) {
                if (target.id.equals(value.toLowerCase(Locale.ROOT))) {
                    return target;
                }
            }
            throw new TypeConversionException("expected toml, json, hosted, cloudapi or bib but was '" + value + "'");
        }
    }
}
