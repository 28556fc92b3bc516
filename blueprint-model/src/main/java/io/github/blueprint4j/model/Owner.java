package io.github.blueprint4j.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The owning user or group of a custom file or directory: a name ({@code "root"}) or a
 * numeric id ({@code 0}). The reference keeps the kind as written, and so does this type.
 *
 * <pre>{@code
 * if (owner instanceof Owner.Id id) {
 *     long uid = id.value();
 * }
 * }</pre>
 */
public sealed interface Owner permits Owner.Name, Owner.Id {

    /**
     * Returns an owner given by name.
     *
     * @param name user or group name
     * @return the owner
     */
    static Owner name(String name) {
        return new Name(name);
    }

    /**
     * Returns an owner given by numeric id.
     *
     * @param id user or group id, not negative
     * @return the owner
     * @throws InvalidValueException if {@code id} is negative
     */
    static Owner id(long id) {
        return new Id(id);
    }

    /**
     * Binds a JSON or TOML value: a string (name) or a non-negative whole number (id). Used by
     * Jackson when a blueprint is bound with a plain {@code ObjectMapper}.
     *
     * @param value a {@link String} or a {@link Number}
     * @return the owner
     * @throws InvalidValueException if the value is neither, is negative or has a fraction
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Owner fromValue(Object value) {
        if (value instanceof String s) {
            return new Name(s);
        }
        if (value instanceof Number number) {
            BigDecimal exact = number instanceof BigDecimal dec ? dec
                    : number instanceof BigInteger big ? new BigDecimal(big)
                    : (number instanceof Double || number instanceof Float) ? BigDecimal.valueOf(number.doubleValue())
                    : BigDecimal.valueOf(number.longValue());
            try {
                return new Id(exact.longValueExact());
            } catch (ArithmeticException e) {
                throw InvalidValueException.of("FSNODE-ID-NONNEGATIVE", "An owner id must be a whole number: " + value, null);
            }
        }
        throw InvalidValueException.of("FSNODE-OWNER-TYPE", "An owner must be a name or a numeric id",
                "write a name such as \"root\" or an id such as 0");
    }

    /**
     * Tells whether a name is acceptable as the user of a file or directory:
     * {@code ^[A-Za-z0-9_.][A-Za-z0-9_.-]{0,31}$}.
     *
     * @param name the candidate
     * @return {@code true} if valid
     */
    static boolean isValidUserName(String name) {
        return name != null && Patterns.USER.matcher(name).matches();
    }

    /**
     * Tells whether a name is acceptable as the group of a file or directory:
     * {@code ^[A-Za-z0-9_][A-Za-z0-9_-]{0,31}$} (unlike user names, no dot).
     *
     * @param name the candidate
     * @return {@code true} if valid
     */
    static boolean isValidGroupName(String name) {
        return name != null && Patterns.GROUP.matcher(name).matches();
    }

    /**
     * Returns the owner as JSON writes it: a {@link String} or a {@link Long}.
     *
     * @return the value
     */
    @JsonValue
    Object toJsonValue();

    /**
     * An owner given by name.
     *
     * @param value the user or group name
     */
    record Name(String value) implements Owner {
        /**
         * Checks the name.
         *
         * @param value the name
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Name {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public Object toJsonValue() {
            return value;
        }

        /** Returns the name. */
        @Override
        public String toString() {
            return value;
        }
    }

    /**
     * An owner given by numeric id.
     *
     * @param value the user or group id, not negative
     */
    record Id(long value) implements Owner {
        /**
         * Checks the id.
         *
         * @param value the id
         * @throws InvalidValueException if {@code value} is negative
         */
        public Id {
            if (value < 0) {
                throw InvalidValueException.of("FSNODE-ID-NONNEGATIVE", "An owner id cannot be negative: " + value, null);
            }
        }

        @Override
        public Object toJsonValue() {
            return value;
        }

        /** Returns the id in decimal. */
        @Override
        public String toString() {
            return Long.toString(value);
        }
    }
}

/** The owner name grammars of osbuild's file-node checks. */
final class Patterns {
    static final Pattern USER = Pattern.compile("[A-Za-z0-9_.][A-Za-z0-9_.-]{0,31}");
    static final Pattern GROUP = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_-]{0,31}");

    private Patterns() {
    }
}
