package io.github.blueprint4j.io;

import io.github.blueprint4j.io.internal.DocumentText;
import io.github.blueprint4j.io.internal.Encoder;
import io.github.blueprint4j.model.Blueprint;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A blueprint document that remembers its text: the blueprint read from it, and what the person
 * wrote around the values, so that formatting keeps it and an edit changes only what changed.
 * Immutable and thread-safe; {@link #update(Blueprint)} returns a new document.
 *
 * <p>Of a TOML document it keeps every comment (on its own lines before a key, a table, an
 * array-of-tables entry or an array element; at the end of a line; inside multi-line arrays and
 * inline tables), the blank lines between groups, arrays written over several lines and the
 * style of each string (basic, literal, multi-line). Of a JSON document it keeps the order of
 * the keys and, where an edit changes values or adds keys, the rest of the text as written.
 *
 * <pre>{@code
 * BlueprintDocument doc = BlueprintDocument.read(Path.of("web.toml"));
 * Blueprint bumped = doc.blueprint().toBuilder().version("1.0.1").build();
 * Files.writeString(Path.of("web.toml"), doc.update(bumped).text());   // only the version line changes
 * String formatted = doc.formatted();                                   // what blueprint fmt writes
 * }</pre>
 */
public final class BlueprintDocument {

    private static final BlueprintReader READER = BlueprintReader.builder().build();
    private static final Encoder ENCODER = new Encoder(false, true, true);

    private final BlueprintReader reader;
    private final String text;
    private final ReadResult result;
    private final DocumentText kept;

    BlueprintDocument(BlueprintReader reader, String text, ReadResult result, DocumentText kept) {
        this.reader = reader;
        this.text = text;
        this.result = result;
        this.kept = kept;
    }

    /**
     * Reads a document with a lenient reader.
     *
     * @param text   the document
     * @param format its format
     * @return the document
     * @throws BlueprintParseException if the document is not a readable blueprint; it lists every problem
     */
    public static BlueprintDocument parse(String text, Format format) {
        return READER.readDocument(text, format);
    }

    /**
     * Reads a TOML document with a lenient reader.
     *
     * @param toml the document
     * @return the document
     * @throws BlueprintParseException if the document is not a readable blueprint; it lists every problem
     */
    public static BlueprintDocument parse(String toml) {
        return parse(toml, Format.TOML);
    }

    /**
     * Reads a UTF-8 file with a lenient reader, choosing the format from its extension, else from its content.
     *
     * @param file a {@code .toml} or {@code .json} file
     * @return the document
     * @throws IOException             if the file cannot be read
     * @throws BlueprintParseException if the file is not a readable blueprint; it lists every problem
     */
    public static BlueprintDocument read(Path file) throws IOException {
        return READER.readDocument(file);
    }

    /**
     * Returns the blueprint the document holds.
     *
     * @return the blueprint
     */
    public Blueprint blueprint() {
        return result.blueprint();
    }

    /**
     * Returns what reading the text gave: the blueprint, its warnings and its source map.
     *
     * @return the result of reading {@link #text()}
     */
    public ReadResult readResult() {
        return result;
    }

    /**
     * Returns the format of the document.
     *
     * @return TOML or JSON
     */
    public Format format() {
        return result.format();
    }

    /**
     * Returns the text of the document, exactly as read or as edited.
     *
     * @return the text
     */
    public String text() {
        return text;
    }

    /**
     * Returns the comments of a TOML document, each as written from its {@code #}, in document order.
     *
     * @return the comments; none for JSON
     */
    public List<String> comments() {
        return kept.comments();
    }

    /**
     * Returns the document as {@code blueprint fmt} writes it. TOML comes out in the canonical
     * layout ({@link BlueprintWriter}) with every comment next to what it belongs to (a comment
     * moves with its key or table), the blank lines between groups, arrays written over several
     * lines kept one element per line, arrays longer than 100 columns wrapped, and each string in
     * its style where that can hold it. Formatting is stable: formatting the result gives the
     * result. JSON comes out indented, with the document's key order. A value reading did not
     * keep, because a blueprint cannot hold it (warning {@code GEN-VALUE-NOT-KEPT} in
     * {@link #readResult()}), is not written.
     *
     * @return the formatted text
     */
    public String formatted() {
        return kept.format(blueprint(), ENCODER);
    }

    /**
     * Returns a document holding a changed blueprint, written as an edit of this one. Of a TOML
     * document, the parts that did not change stay byte for byte, a changed value is written where
     * the old one stood, a new key, table or list entry goes where {@link #formatted()} would put
     * it (in the document's indentation), and a removed one leaves with its own comments. Where
     * the document's shape cannot be edited in place (a key spelled with a deprecated alias, say),
     * the whole document is written as {@link #formatted()} writes it, still with its comments. Of a
     * JSON document, a changed string, number or boolean is written where the old one stood and a
     * new key goes after the last one of its object, laid out as the object's first key, the rest
     * staying byte for byte; other changes (a removed key, a list of another length) write the
     * document again in its key order. A value reading did not keep (warning
     * {@code GEN-VALUE-NOT-KEPT}) stays where the text is edited in place and is left out where it
     * is written again.
     *
     * @param changed the blueprint the new document is to hold, usually made with {@code toBuilder()}
     * @return this document when the blueprint is unchanged, else a new document
     * @throws IllegalArgumentException if the changed blueprint cannot be written as a document
     *     the reader accepts (a filesystem without a mountpoint, for example)
     */
    public BlueprintDocument update(Blueprint changed) {
        Objects.requireNonNull(changed, "changed");
        if (changed.equals(blueprint())) {
            return this;
        }
        String edited = kept.edit(blueprint(), changed, ENCODER);
        if (edited != null) {
            BlueprintDocument document = tryRead(edited);
            if (document != null && document.blueprint().equals(changed)) {
                return document;
            }
        }
        String written = kept.format(changed, ENCODER);
        BlueprintDocument document = tryRead(written);
        if (document == null) {
            throw new IllegalArgumentException("The changed blueprint cannot be written as a document the reader"
                    + " accepts; validate it first.");
        }
        return document;
    }

    private BlueprintDocument tryRead(String edited) {
        try {
            return reader.readDocument(edited, format());
        } catch (BlueprintParseException e) {
            return null;
        }
    }

    /**
     * Describes the document without its text, which may hold passwords: use {@link #text()} for that.
     *
     * @return the format, the blueprint's name and the length of the text
     */
    @Override
    public String toString() {
        return "BlueprintDocument[" + format() + ", name=" + blueprint().name() + ", " + text.length() + " chars]";
    }
}
