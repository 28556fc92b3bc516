package io.github.blueprint4j.io.internal;

/**
 * The bounds of one read, as {@code BlueprintReader.Builder} sets them: what a document may
 * hold before it is refused, so that memory and time stay in proportion to a real blueprint.
 *
 * @param maxDocumentLength characters of the whole document (a byte order mark not counted)
 * @param maxNestingDepth   levels of tables and lists
 * @param maxStringLength   characters of one string value
 * @param maxKeyLength      characters of one key
 * @param maxNumberLength   characters of one number as written
 * @param maxListEntries    entries of one list of the format
 * @param maxFindings       findings listed per document; the rest are counted in one finding
 */
public record ReadLimits(int maxDocumentLength, int maxNestingDepth, int maxStringLength, int maxKeyLength,
        int maxNumberLength, int maxListEntries, int maxFindings) {

    /** How many unknown keys a read lists one by one; the rest are summed up in one finding. */
    static final int LISTED_UNKNOWN_KEYS = 100;

    /** The values whose length is limited, with the diagnostic code and the setting of each. */
    enum Token {
        STRING("GEN-LIMIT-STRING", "A string", "maxStringLength"),
        KEY("GEN-LIMIT-KEY", "A key", "maxKeyLength"),
        NUMBER("GEN-LIMIT-NUMBER", "A number", "maxNumberLength");

        final String code;
        final String what;
        final String setting;

        Token(String code, String what, String setting) {
            this.code = code;
            this.what = what;
            this.setting = setting;
        }
    }
}
