package io.github.blueprint4j.cli;

import io.github.blueprint4j.interchange.Shape;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converts the value of {@code --from}: {@code classic}, {@code hosted}, {@code cloudapi} or {@code bib}. */
final class ShapeConverter implements ITypeConverter<Shape> {

    @Override
    public Shape convert(String value) {
        for (Shape shape : Shape.values()) {
            if (shape.id().equals(value.toLowerCase(Locale.ROOT))) {
                return shape;
            }
        }
        throw new TypeConversionException("expected classic, hosted, cloudapi or bib but was '" + value + "'");
    }
}
