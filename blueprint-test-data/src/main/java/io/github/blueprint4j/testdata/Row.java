package io.github.blueprint4j.testdata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row of a tab-separated table with a header row.
 */
public final class Row {

    private final Map<String, String> values;

    private Row(Map<String, String> values) {
        this.values = values;
    }

    /**
     * Returns a column's value.
     *
     * @param column the column name of the header row
     * @return the value
     * @throws IllegalArgumentException if the table has no such column
     */
    public String get(String column) {
        String value = values.get(column);
        if (value == null) {
            throw new IllegalArgumentException("No column " + column + " in " + values.keySet());
        }
        return value;
    }

    static List<Row> parse(String tsv) {
        String[] lines = tsv.split("\r?\n");
        String[] header = lines[0].split("\t", -1);
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] cells = lines[i].split("\t", -1);
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 0; c < header.length; c++) {
                values.put(header[c], c < cells.length ? cells[c] : "");
            }
            rows.add(new Row(values));
        }
        return rows;
    }

    /** Returns the row as {@code column=value} pairs. */
    @Override
    public String toString() {
        return values.toString();
    }
}
