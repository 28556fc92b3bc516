package io.github.blueprint4j.validation.rules;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The identifiers a partition may carry for its partition table: {@code part_type},
 * {@code part_uuid} and {@code part_label}, checked as the reference checks them.
 */
final class PartitionIds {

    /** The partition table types, as far as the identifiers depend on them. */
    enum Table {
        /** {@code gpt}. */
        GPT,
        /** {@code dos}. */
        DOS,
        /** Absent or empty: the image type chooses. */
        UNSET,
        /** A value that is no table type ({@code DISK-TYPE-ENUM}). */
        UNKNOWN;

        /**
         * Returns the table type named by {@code disk.type}.
         *
         * @param type the value of {@code disk.type}, or {@code null}
         * @return the table type
         */
        static Table of(String type) {
            if (type == null || type.isEmpty()) {
                return UNSET;
            }
            return switch (type) {
                case "gpt" -> GPT;
                case "dos" -> DOS;
                default -> UNKNOWN;
            };
        }
    }

    /** The reason given when a GPT-only identifier is used on a {@code dos} table. */
    static final String NEEDS_GPT = "needs a gpt table, but the table type is dos";

    /** The longest GPT partition label, in UTF-16 code units. */
    static final int MAX_LABEL_LENGTH = 36;

    private static final Pattern DOS_TYPE = Pattern.compile("[0-9a-fA-F]{2}");
    private static final byte[] URN_PREFIX = "urn:uuid:".getBytes(StandardCharsets.US_ASCII);
    private static final int[] DASHES = {8, 13, 18, 23};

    private PartitionIds() {
    }

    /**
     * Tells whether a text is a UUID as Go's {@code github.com/google/uuid} {@code Parse}
     * accepts it: {@code xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx} in hex digits of any case, the
     * same with a {@code urn:uuid:} prefix (any case), the same with one character on each
     * side (meant for braces; the parser does not look at them), or 32 hex digits. Lengths
     * count UTF-8 bytes, as the parser does.
     *
     * @param text the text, not {@code null}
     * @return {@code true} if it is a UUID
     */
    static boolean isUuid(String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        int start;
        switch (b.length) {
            case 32 -> {
                return allHex(b, 0, 32);
            }
            case 36 -> start = 0;
            case 36 + 2 -> start = 1;
            case 36 + 9 -> {
                if (!hasUrnPrefix(b)) {
                    return false;
                }
                start = 9;
            }
            default -> {
                return false;
            }
        }
        for (int dash : DASHES) {
            if (b[start + dash] != '-') {
                return false;
            }
        }
        return allHex(b, start, 8) && allHex(b, start + 9, 4) && allHex(b, start + 14, 4)
                && allHex(b, start + 19, 4) && allHex(b, start + 24, 12);
    }

    /**
     * Tells whether a text is a DOS partition type: exactly two hex digits.
     *
     * @param text the text, not {@code null}
     * @return {@code true} if it is two hex digits
     */
    static boolean isDosType(String text) {
        return DOS_TYPE.matcher(text).matches();
    }

    private static boolean hasUrnPrefix(byte[] b) {
        for (int i = 0; i < URN_PREFIX.length; i++) {
            int c = b[i] >= 'A' && b[i] <= 'Z' ? b[i] + ('a' - 'A') : b[i];
            if (c != URN_PREFIX[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean allHex(byte[] b, int from, int count) {
        for (int i = from; i < from + count; i++) {
            if (Character.digit(b[i], 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
