package org.onestop.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class CopyRowTest {

    private static CopyRow row(String line) {
        return new CopyRow().of(line.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsTextNumbersAndMonthsByPosition() {
        CopyRow row = row("MIO-01\t-42\t2026-07-01\t7\n");
        assertThat(row.text(1)).isEqualTo("MIO-01");
        assertThat(row.number(2)).isEqualTo(-42);
        assertThat(row.month(3)).isEqualTo(YearMonth.of(2026, 7));
        assertThat(row.number(4)).isEqualTo(7);
    }

    @Test
    void nullIsNullTextNoMonthAndZeroAsANumber() {
        CopyRow row = row("\\N\t\\N\t\\N\n");
        assertThat(row.text(1)).isNull();
        assertThat(row.month(2)).isNull();
        assertThat(row.number(3)).isZero();
    }

    @Test
    void undoesTheEscapesCopyWritesAndKeepsOtherLanguages() {
        CopyRow row = row("a\\tb\\\\c\\nd\tАлматы Қ\t\n");
        assertThat(row.text(1)).isEqualTo("a\tb\\c\nd");
        assertThat(row.text(2)).isEqualTo("Алматы Қ");
        assertThat(row.text(3)).isEmpty();
    }

    @Test
    void aReusedRowForgetsTheColumnsOfTheLongerLineBefore() {
        CopyRow row = row("1\t2\t3\n");
        row.of("9\n".getBytes(StandardCharsets.UTF_8));
        assertThat(row.number(1)).isEqualTo(9);
        assertThatThrownBy(() -> row.number(2)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void refusesWhatIsNotANumberOrAMonth() {
        assertThatThrownBy(() -> row("12a\n").number(1)).hasMessageContaining("not a whole number: 12a");
        assertThatThrownBy(() -> row("July\n").month(1)).hasMessageContaining("not a date: July");
    }

    @Test
    void readsManyColumns() {
        StringBuilder line = new StringBuilder();
        for (int i = 1; i <= 40; i++) {
            line.append(i).append(i < 40 ? "\t" : "\n");
        }
        assertThat(row(line.toString()).number(40)).isEqualTo(40);
    }
}
