package org.onestop.ratings.internal;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Inserts of many rows, {@value #ROWS} to a statement: one round trip and one parse carry them all. */
final class ManyRows {

    static final int ROWS = 500;

    private ManyRows() {
    }

    /** {@code insert} ends with {@code VALUES }; every row has as many values as its columns. */
    static void insert(JdbcTemplate jdbc, String insert, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += ROWS) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS));
            String row = "(" + "?, ".repeat(chunk.getFirst().length - 1) + "?)";
            jdbc.update(insert + String.join(", ", Collections.nCopies(chunk.size(), row)),
                    chunk.stream().flatMap(Arrays::stream).toArray());
        }
    }
}
