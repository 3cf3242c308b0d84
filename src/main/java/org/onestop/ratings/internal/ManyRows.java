package org.onestop.ratings.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.onestop.kernel.Databases;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes of whole tables: emptying them, and inserts of many rows. PostgreSQL empties tables by
 * truncating them (no dead rows left for the inserts that follow to step over in the unique indexes;
 * other transactions wait for the commit instead of reading the old rows) and takes many rows as one
 * {@code COPY} stream (a rebuild's hundreds of thousands several times faster than as statements);
 * other databases delete, and take rows in statements of {@value #ROWS}, one round trip and one parse
 * carrying them all.
 */
final class ManyRows {

    static final int ROWS = 500;
    /** Bytes handed to {@code COPY} at a time. */
    private static final int CHUNK = 64 * 1024;

    private ManyRows() {
    }

    /** Empties {@code tables}, within the caller's transaction. */
    static void empty(JdbcTemplate jdbc, String... tables) {
        if (Databases.postgres(jdbc)) {
            jdbc.execute("TRUNCATE " + String.join(", ", tables));
            return;
        }
        for (String table : tables) {
            jdbc.update("DELETE FROM " + table);
        }
    }

    /**
     * Inserts {@code rows} into {@code table}, each with a value for every one of {@code columns} in
     * order: numbers or text without control characters, or null.
     */
    static void insert(JdbcTemplate jdbc, String table, String columns, List<Object[]> rows) {
        if (rows.size() > ROWS && Databases.postgres(jdbc)) {
            copy(jdbc, table, columns, rows);
            return;
        }
        String insert = "INSERT INTO " + table + " (" + columns + ") VALUES ";
        for (int from = 0; from < rows.size(); from += ROWS) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS));
            String row = "(" + "?, ".repeat(chunk.getFirst().length - 1) + "?)";
            jdbc.update(insert + String.join(", ", Collections.nCopies(chunk.size(), row)),
                    chunk.stream().flatMap(Arrays::stream).toArray());
        }
    }

    /**
     * Streams the rows to {@code COPY} as they are written out, in chunks, so that the database reads
     * one chunk while the next is being written (both cores busy, not one after the other).
     */
    private static void copy(JdbcTemplate jdbc, String table, String columns, List<Object[]> rows) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            String sql = "COPY " + table + " (" + columns + ") FROM STDIN";
            try (Writer out = new OutputStreamWriter(new PGCopyOutputStream(connection.unwrap(PGConnection.class),
                    sql, CHUNK), StandardCharsets.UTF_8)) {
                StringBuilder line = new StringBuilder(128);
                for (Object[] row : rows) {
                    line.setLength(0);
                    for (int i = 0; i < row.length; i++) {
                        if (i > 0) {
                            line.append('\t');
                        }
                        line.append(row[i] == null ? "\\N" : text(row[i]));
                    }
                    out.append(line.append('\n'));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
    }

    /** A value in COPY's text format; the codes and numbers stored here hold none of its special characters. */
    private static String text(Object value) {
        String text = value.toString();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c < ' ') {
                throw new IllegalArgumentException("not a code or number: " + text);
            }
        }
        return text;
    }
}
