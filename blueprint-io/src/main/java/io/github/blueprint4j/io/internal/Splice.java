package io.github.blueprint4j.io.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Replaces {@code [start, end)} of a document with {@code text}; an insertion when both are
 * equal. The edits in place of TOML ({@link TomlEdit}) and JSON ({@link JsonEdit}) collect
 * splices and apply them at once.
 *
 * @param start where the replaced part starts
 * @param end   where it ends
 * @param text  what replaces it
 */
record Splice(int start, int end, String text) {

    /**
     * Applies splices to a text: insertions before a removal that starts at the same place,
     * otherwise in the order they were made; a splice inside a part already removed is dropped.
     *
     * @param text    the document
     * @param splices the splices, in any order
     * @param crlf    whether the inserted text's line breaks become {@code \r\n}
     * @return the edited text, or {@code null} when two splices overlap in part
     */
    static String apply(String text, List<Splice> splices, boolean crlf) {
        List<Splice> sorted = new ArrayList<>(splices);
        sorted.sort(Comparator.comparingInt(Splice::start).thenComparing(splice -> splice.end() != splice.start()));
        StringBuilder out = new StringBuilder(text.length() + 256);
        int done = 0;
        for (Splice splice : sorted) {
            if (splice.start() < done) {
                if (splice.end() <= done) {
                    continue;
                }
                return null;
            }
            out.append(text, done, splice.start()).append(crlf ? splice.text().replace("\n", "\r\n") : splice.text());
            done = splice.end();
        }
        return out.append(text, done, text.length()).toString();
    }
}
