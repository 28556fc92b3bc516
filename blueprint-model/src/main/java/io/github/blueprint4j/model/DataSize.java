package io.github.blueprint4j.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A number of bytes: an unsigned 64-bit count written as an integer or as a size string
 * such as {@code "20 GiB"}.
 *
 * <p>Grammar of a size string (after trimming surrounding white space):
 * {@code [0-9]+(\.[0-9]+)?} followed by optional spaces and an optional case-sensitive
 * {@link Unit} ({@code kB KiB MB MiB GB GiB TB TiB}); no unit means bytes. A fraction is
 * multiplied exactly and rounded to the nearest byte, halves away from zero
 * ({@code "1.5 GiB"} is 1 610 612 736 bytes). Signs, exponents, {@code B}, {@code KB},
 * {@code PiB} and values above 2<sup>64</sup>&minus;1 are refused.
 *
 * <p>A size remembers how it was written, so writing a blueprint back keeps
 * {@code "20 GiB"} as the user wrote it; {@link #equals(Object)} compares the byte counts
 * only. Instances are immutable and thread-safe.
 */
public final class DataSize implements Comparable<DataSize> {

    /** The units of a size string, with their multipliers. */
    public enum Unit {
        /** 1 000 bytes. */
        kB(1_000L),
        /** 1 024 bytes. */
        KiB(1L << 10),
        /** 1 000 000 bytes. */
        MB(1_000_000L),
        /** 1 048 576 bytes. */
        MiB(1L << 20),
        /** 10<sup>9</sup> bytes. */
        GB(1_000_000_000L),
        /** 2<sup>30</sup> bytes. */
        GiB(1L << 30),
        /** 10<sup>12</sup> bytes. */
        TB(1_000_000_000_000L),
        /** 2<sup>40</sup> bytes. */
        TiB(1L << 40);

        private final long bytes;

        Unit(long bytes) {
            this.bytes = bytes;
        }

        /**
         * Returns how many bytes one of this unit is.
         *
         * @return how many bytes one of this unit is
         */
        public long bytes() {
            return bytes;
        }

        /** Returns the units as they are written, separated by spaces. */
        static String spellings() {
            StringBuilder out = new StringBuilder();
            for (Unit unit : values()) {
                if (out.length() > 0) {
                    out.append(", ");
                }
                out.append(unit.name());
            }
            return out.toString();
        }

        static Unit bySuffix(String suffix) {
            for (Unit unit : values()) {
                if (unit.name().equals(suffix)) {
                    return unit;
                }
            }
            return null;
        }
    }

    private static final BigInteger MAX_UNSIGNED = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    /** Units the size grammar accepts, for messages: {@code kB, KiB, MB, MiB, GB, GiB, TB, TiB}. */
    public static final String UNITS = Unit.spellings();

    private final long bytes;
    private final String text;

    private DataSize(long bytes, String text) {
        this.bytes = bytes;
        this.text = text;
    }

    /**
     * Returns a size of {@code bytes} bytes.
     *
     * @param bytes the count, not negative
     * @return the size
     * @throws InvalidValueException if {@code bytes} is negative
     */
    public static DataSize ofBytes(long bytes) {
        if (bytes < 0) {
            throw invalid("A size cannot be negative: " + bytes);
        }
        return new DataSize(bytes, null);
    }

    /**
     * Returns a size of {@code amount} units, written as {@code "<amount> <unit>"}.
     *
     * @param amount how many units, not negative
     * @param unit   the unit
     * @return the size
     * @throws InvalidValueException if {@code amount} is negative or the product exceeds 2<sup>64</sup>&minus;1
     */
    public static DataSize of(long amount, Unit unit) {
        Objects.requireNonNull(unit, "unit");
        if (amount < 0) {
            throw invalid("A size cannot be negative: " + amount);
        }
        String text = amount + " " + unit.name();
        BigInteger product = BigInteger.valueOf(amount).multiply(BigInteger.valueOf(unit.bytes()));
        return new DataSize(checkedUnsigned(product, text), text);
    }

    /**
     * Returns a size of {@code bytes} bytes, where {@code bytes} is read as an unsigned number.
     *
     * @param bytes the count; values above {@link BigInteger} 2<sup>64</sup>&minus;1 are refused
     * @return the size
     * @throws InvalidValueException if {@code bytes} is negative or too large
     */
    public static DataSize ofBytes(BigInteger bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.signum() < 0) {
            throw invalid("A size cannot be negative: " + bytes);
        }
        if (bytes.bitLength() < 64) {
            return new DataSize(bytes.longValue(), null);
        }
        return new DataSize(checkedUnsigned(bytes, bytes.toString()), null);
    }

    /**
     * Parses a size string such as {@code "20 GiB"}, {@code "1.5 GiB"} or {@code "1024"}.
     *
     * @param text the size string
     * @return the size, remembering {@code text} as its spelling
     * @throws InvalidValueException if the text is not a valid size; the message says why
     */
    public static DataSize parse(String text) {
        Objects.requireNonNull(text, "text");
        String trimmed = text.strip();
        int i = 0;
        int n = trimmed.length();
        while (i < n && isDigit(trimmed.charAt(i))) {
            i++;
        }
        if (i == 0) {
            throw invalid(describe(text)
                    + " does not start with a number (signs, hex and exponents are not allowed)");
        }
        if (i < n && trimmed.charAt(i) == '.') {
            int fractionStart = ++i;
            while (i < n && isDigit(trimmed.charAt(i))) {
                i++;
            }
            if (i == fractionStart) {
                throw invalid(describe(text) + " has no digits after the decimal point");
            }
        }
        String number = trimmed.substring(0, i);
        while (i < n && isSpace(trimmed.charAt(i))) {
            i++;
        }
        String suffix = trimmed.substring(i);
        BigDecimal multiplier;
        if (suffix.isEmpty()) {
            multiplier = BigDecimal.ONE;
        } else {
            Unit unit = Unit.bySuffix(suffix);
            if (unit == null) {
                throw invalid(describe(text) + " has an unknown unit \"" + suffix
                        + "\" (units are case-sensitive: " + UNITS + ")");
            }
            multiplier = BigDecimal.valueOf(unit.bytes());
        }
        BigInteger bytes = new BigDecimal(number).multiply(multiplier).setScale(0, RoundingMode.HALF_UP)
                .toBigIntegerExact();
        return new DataSize(checkedUnsigned(bytes, text), text);
    }

    /**
     * Binds a JSON or TOML value: an integer number of bytes or a size string. Used by
     * Jackson when a blueprint is bound with a plain {@code ObjectMapper}.
     *
     * @param value a {@link Number} or a {@link String}
     * @return the size
     * @throws InvalidValueException if the value is neither, is negative, has a fraction or is too large
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static DataSize fromValue(Object value) {
        if (value instanceof String s) {
            return parse(s);
        }
        if (value instanceof BigInteger big) {
            return ofBytes(big);
        }
        if (value instanceof BigDecimal dec) {
            if (dec.signum() != 0 && dec.stripTrailingZeros().scale() > 0) {
                throw invalid("A size in bytes must be a whole number: " + value);
            }
            return ofBytes(dec.toBigInteger());
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (d != Math.rint(d) || Double.isInfinite(d)) {
                throw invalid("A size in bytes must be a whole number: " + value);
            }
            return ofBytes(new BigDecimal(d).toBigIntegerExact());
        }
        if (value instanceof Number num) {
            return ofBytes(num.longValue());
        }
        throw invalid("A size must be an integer number of bytes or a string such as \"20 GiB\"");
    }

    /**
     * Returns the byte count as an unsigned 64-bit value: counts above {@link Long#MAX_VALUE}
     * come back negative; use {@link #toBigInteger()} or {@link Long#toUnsignedString(long)} for those.
     *
     * @return the byte count
     */
    public long bytes() {
        return bytes;
    }

    /**
     * Returns the byte count as a non-negative {@link BigInteger}.
     *
     * @return the byte count as a non-negative {@link BigInteger}
     */
    public BigInteger toBigInteger() {
        return bytes >= 0 ? BigInteger.valueOf(bytes)
                : BigInteger.valueOf(bytes & Long.MAX_VALUE).setBit(63);
    }

    /**
     * Returns {@code true} if the count does not fit a signed 64-bit integer (above 2<sup>63</sup>&minus;1).
     *
     * @return {@code true} if the count does not fit a signed 64-bit integer (above 2<sup>63</sup>&minus;1)
     */
    public boolean exceedsLong() {
        return bytes < 0;
    }

    /**
     * Returns the size string this size was written as, or {@code null} when it was given as an
     * integer number of bytes.
     *
     * @return the original spelling, or {@code null}
     */
    public String text() {
        return text;
    }

    /**
     * Returns the value for JSON: the byte count as a number, or as a decimal string
     * when it exceeds 2<sup>63</sup>&minus;1 (JSON readers rarely keep such integers exact).
     *
     * @return a {@link Long} or a {@link String}
     */
    @JsonValue
    public Object toJsonValue() {
        return exceedsLong() ? Long.toUnsignedString(bytes) : (Object) bytes;
    }

    /** Compares the byte counts (unsigned). */
    @Override
    public int compareTo(DataSize other) {
        return Long.compareUnsigned(bytes, other.bytes);
    }

    /** Two sizes are equal when they count the same bytes, however they were written. */
    @Override
    public boolean equals(Object other) {
        return other instanceof DataSize that && that.bytes == bytes;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(bytes);
    }

    /** Returns the size as it was written, or the byte count in decimal. */
    @Override
    public String toString() {
        return text != null ? text : Long.toUnsignedString(bytes);
    }

    private static long checkedUnsigned(BigInteger value, String what) {
        if (value.compareTo(MAX_UNSIGNED) > 0) {
            throw invalid(describe(what) + " is larger than 2^64-1 bytes");
        }
        return value.longValue();
    }

    private static InvalidValueException invalid(String message) {
        return InvalidValueException.of("GEN-TYPE-MISMATCH", message,
                "write a whole number of bytes or a size string such as \"20 GiB\"");
    }

    private static String describe(String text) {
        return "\"" + text + "\"";
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    // Go's regexp \s, which the reference's size parser uses between number and unit.
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }
}
