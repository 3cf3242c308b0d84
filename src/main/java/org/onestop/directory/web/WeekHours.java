package org.onestop.directory.web;

import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.onestop.directory.OpeningHours;
import org.onestop.kernel.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A centre's week as people read it on a door: days in a row with the same hours joined
 * ("Monday – Friday 09:00–20:00"), days without hours said to be closed, in the reader's
 * language.
 */
@Component
class WeekHours {

    /** Days {@code days} (one day or a range) with their {@code hours}. */
    record Span(String days, String hours) {
    }

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final MessageSource messages;

    WeekHours(MessageSource messages) {
        this.messages = messages;
    }

    List<Span> of(List<OpeningHours> week, Language language) {
        List<Span> spans = new ArrayList<>();
        DayOfWeek first = DayOfWeek.MONDAY;
        String firstHours = hours(week, first, language);
        for (DayOfWeek day = DayOfWeek.TUESDAY; ; day = day.plus(1)) {
            String hours = day == DayOfWeek.MONDAY ? null : hours(week, day, language);
            if (hours == null || !hours.equals(firstHours)) {
                DayOfWeek last = day.minus(1);
                String days = first == last ? name(first, language) : name(first, language) + " – " + name(last, language);
                spans.add(new Span(days, firstHours));
                if (day == DayOfWeek.MONDAY) {
                    return spans;
                }
                first = day;
                firstHours = hours;
            }
        }
    }

    private String hours(List<OpeningHours> week, DayOfWeek day, Language language) {
        Optional<OpeningHours> open = week.stream().filter(h -> h.day() == day).findFirst();
        return open.map(h -> CLOCK.format(h.opens()) + "–" + CLOCK.format(h.closes()))
                .orElseGet(() -> messages.getMessage("page.centres.closed", null, language.locale()));
    }

    private static String name(DayOfWeek day, Language language) {
        String name = day.getDisplayName(TextStyle.FULL, language.locale());
        return name.substring(0, 1).toUpperCase(language.locale()) + name.substring(1);
    }
}
