package org.onestop.directory.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.onestop.directory.OpeningHours;
import org.onestop.kernel.Language;
import org.springframework.context.support.StaticMessageSource;

class WeekHoursTest {

    private final WeekHours weekHours;

    WeekHoursTest() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("page.centres.closed", Locale.forLanguageTag("en"), "Closed");
        messages.addMessage("page.centres.closed", Locale.forLanguageTag("kk"), "Демалыс күні");
        weekHours = new WeekHours(messages);
    }

    @Test
    void daysInARowWithTheSameHoursAreJoinedAndDaysWithoutHoursAreClosed() {
        List<OpeningHours> week = List.of(open(DayOfWeek.MONDAY, 9, 20), open(DayOfWeek.TUESDAY, 9, 20),
                open(DayOfWeek.WEDNESDAY, 9, 20), open(DayOfWeek.THURSDAY, 9, 20), open(DayOfWeek.FRIDAY, 9, 20),
                open(DayOfWeek.SATURDAY, 9, 13));

        assertThat(weekHours.of(week, Language.EN)).containsExactly(
                new WeekHours.Span("Monday – Friday", "09:00–20:00"),
                new WeekHours.Span("Saturday", "09:00–13:00"),
                new WeekHours.Span("Sunday", "Closed"));
    }

    @Test
    void aClosedDayInTheMiddleSplitsTheWeekAndDaysAreNamedInKazakh() {
        List<OpeningHours> week = List.of(open(DayOfWeek.MONDAY, 9, 18), open(DayOfWeek.TUESDAY, 9, 18),
                open(DayOfWeek.THURSDAY, 9, 18), open(DayOfWeek.FRIDAY, 9, 18), open(DayOfWeek.SATURDAY, 9, 18),
                open(DayOfWeek.SUNDAY, 9, 18));

        assertThat(weekHours.of(week, Language.KK)).containsExactly(
                new WeekHours.Span("Дүйсенбі – Сейсенбі", "09:00–18:00"),
                new WeekHours.Span("Сәрсенбі", "Демалыс күні"),
                new WeekHours.Span("Бейсенбі – Жексенбі", "09:00–18:00"));
    }

    private static OpeningHours open(DayOfWeek day, int opens, int closes) {
        return new OpeningHours(day, LocalTime.of(opens, 0), LocalTime.of(closes, 0));
    }
}
