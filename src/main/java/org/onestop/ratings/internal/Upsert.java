package org.onestop.ratings.internal;

import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A PostgreSQL {@code INSERT … VALUES (…), (…) ON CONFLICT (key) DO UPDATE} that adds the new
 * row's {@code added} columns to the existing row's: the statement text for any number of rows.
 */
record Upsert(String head, String row, String tail) {

    static Upsert of(String table, String columns, int width, String key, List<String> added) {
        return new Upsert("INSERT INTO " + table + " (" + columns + ") VALUES ",
                "(" + String.join(", ", Collections.nCopies(width, "?")) + ")",
                " ON CONFLICT (" + key + ") DO UPDATE SET " + added.stream()
                        .map(c -> c + " = " + table + "." + c + " + EXCLUDED." + c).collect(Collectors.joining(", ")));
    }

    /** The statement for {@code rows} rows of {@code width} parameters each. */
    String rows(int rows) {
        return head + String.join(", ", Collections.nCopies(rows, row)) + tail;
    }
}
