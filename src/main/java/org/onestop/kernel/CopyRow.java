package org.onestop.kernel;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Arrays;

/**
 * A row of PostgreSQL's {@code COPY ... TO STDOUT} text format: columns separated by tabs, ended by
 * a newline, {@code \N} for null, and in text the backslash escapes that {@code COPY} writes
 * ({@code \\}, {@code \t}, {@code \n}, {@code \r}, {@code \b}, {@code \f}, {@code \v}).
 * Numbers and months are read from the bytes without making strings of them.
 */
final class CopyRow implements GroupingScans.Row {

    private byte[] line;
    private int[] starts = new int[16];
    private int[] ends = new int[16];

    /** This row, now reading {@code line}. */
    CopyRow of(byte[] line) {
        this.line = line;
        int column = 0;
        int start = 0;
        int end = line.length > 0 && line[line.length - 1] == '\n' ? line.length - 1 : line.length;
        for (int i = 0; i <= end; i++) {
            if (i == end || line[i] == '\t') {
                if (column == starts.length) {
                    starts = Arrays.copyOf(starts, column * 2);
                    ends = Arrays.copyOf(ends, column * 2);
                }
                starts[column] = start;
                ends[column++] = i;
                start = i + 1;
            }
        }
        for (int i = column; i < starts.length; i++) {
            starts[i] = -1;
        }
        return this;
    }

    @Override
    public String text(int column) {
        if (isNull(column)) {
            return null;
        }
        int start = start(column);
        int end = ends[column - 1];
        for (int i = start; i < end; i++) {
            if (line[i] == '\\') {
                return unescaped(start, end);
            }
        }
        return new String(line, start, end - start, StandardCharsets.UTF_8);
    }

    @Override
    public long number(int column) {
        if (isNull(column)) {
            return 0;
        }
        int start = start(column);
        int end = ends[column - 1];
        if (start == end) {
            throw new IllegalStateException("column " + column + " holds no number");
        }
        boolean negative = line[start] == '-';
        long value = 0;
        for (int i = negative ? start + 1 : start; i < end; i++) {
            int digit = line[i] - '0';
            if (digit < 0 || digit > 9) {
                throw new IllegalStateException("column " + column + " is not a whole number: " + raw(column));
            }
            value = value * 10 + digit;
        }
        return negative ? -value : value;
    }

    @Override
    public YearMonth month(int column) {
        if (isNull(column)) {
            return null;
        }
        int start = start(column);
        if (ends[column - 1] - start < 7 || line[start + 4] != '-') {
            throw new IllegalStateException("column " + column + " is not a date: " + raw(column));
        }
        return YearMonth.of(digits(start, 4), digits(start + 5, 2));
    }

    private int start(int column) {
        if (column < 1 || column > starts.length || starts[column - 1] < 0) {
            throw new IndexOutOfBoundsException("no column " + column);
        }
        return starts[column - 1];
    }

    private boolean isNull(int column) {
        int start = start(column);
        return ends[column - 1] - start == 2 && line[start] == '\\' && line[start + 1] == 'N';
    }

    /** The column as sent, for a message. */
    private String raw(int column) {
        int start = start(column);
        return new String(line, start, ends[column - 1] - start, StandardCharsets.UTF_8);
    }

    private int digits(int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            value = value * 10 + (line[i] - '0');
        }
        return value;
    }

    /** Text with COPY's backslash escapes ({@code \t}, {@code \n}, {@code \\} and the like) undone. */
    private String unescaped(int start, int end) {
        byte[] out = new byte[end - start];
        int length = 0;
        for (int i = start; i < end; i++) {
            byte b = line[i];
            if (b != '\\' || i + 1 == end) {
                out[length++] = b;
                continue;
            }
            byte next = line[++i];
            out[length++] = switch (next) {
                case 'b' -> '\b';
                case 'f' -> '\f';
                case 'n' -> '\n';
                case 'r' -> '\r';
                case 't' -> '\t';
                case 'v' -> 0x0B;
                default -> next;
            };
        }
        return new String(out, 0, length, StandardCharsets.UTF_8);
    }
}
