package org.onestop.kernel.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.onestop.kernel.Kzt;
import org.onestop.kernel.Language;
import org.onestop.kernel.WorkingCalendar;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates, times and amounts as readers of the page's language write them, for templates
 * ({@code ${@formats.date(day)}}): {@code 2025 ж. 12 маусым}, {@code 12 июня 2025 г.},
 * {@code June 12, 2025}; {@code 8 650 ₸} or {@code ₸8,650}. Moments are shown in Kazakhstan's
 * time.
 */
@Component("formats")
public class Formats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    public String date(LocalDate day) {
        return day == null ? "" : DAY.withLocale(locale()).format(day);
    }

    /** The day in Kazakhstan on which this moment falls. */
    public String date(Instant moment) {
        return moment == null ? "" : date(LocalDate.ofInstant(moment, WorkingCalendar.ZONE));
    }

    /** The day and the 24-hour time in Kazakhstan. */
    public String dateTime(Instant moment) {
        return moment == null ? "" : date(moment) + ", " + CLOCK.format(moment.atZone(WorkingCalendar.ZONE));
    }

    public String money(Kzt amount) {
        return amount == null ? "" : amount.format(language());
    }

    private static Locale locale() {
        return language().locale();
    }

    private static Language language() {
        return Language.of(LocaleContextHolder.getLocale(), Language.KK);
    }
}
