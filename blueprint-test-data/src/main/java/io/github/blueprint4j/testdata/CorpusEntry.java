package io.github.blueprint4j.testdata;

import java.util.function.Supplier;

/**
 * One document of the real-world corpus with its manifest row.
 */
public final class CorpusEntry {

    private final Row row;
    private final Supplier<String> text;

    CorpusEntry(Row row, Supplier<String> text) {
        this.row = row;
        this.text = text;
    }

    /**
     * Returns the file name under {@code corpus/files}.
     *
     * @return the file name under {@code corpus/files}
     */
    public String file() {
        return row.get("file");
    }

    /**
     * Returns {@code toml} or {@code json}, as the manifest says.
     *
     * @return {@code toml} or {@code json}, as the manifest says
     */
    public String format() {
        return row.get("format");
    }

    /**
     * Returns a column of the manifest row, such as {@code ref_parse} or {@code ref_validate}.
     *
     * @param column the column name
     * @return the value
     */
    public String column(String column) {
        return row.get(column);
    }

    /**
     * Returns the document.
     *
     * @return the document
     */
    public String text() {
        return text.get();
    }

    /** Returns the file name, which names the test. */
    @Override
    public String toString() {
        return file();
    }
}
