package org.onestop.applications.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.onestop.kernel.Iin;
import org.onestop.kernel.WorkingCalendar;

/** Who applies and when, in the synthetic history: valid IINs of adults, moments in office hours. */
final class SyntheticPeople {

    private SyntheticPeople() {
    }

    /** A moment in office hours of a working day in the last twelve months. */
    static Instant workingMoment(SplittableRandom random, WorkingCalendar calendar, LocalDate today) {
        LocalDate day = today.minusDays(1 + random.nextInt(365));
        while (!calendar.isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return day.atTime(9, 0).plusMinutes(random.nextInt(9 * 60)).atZone(WorkingCalendar.ZONE).toInstant();
    }

    /** A valid IIN of an adult born 1950–2005. */
    static Iin applicant(SplittableRandom random) {
        while (true) {
            int year = 1950 + random.nextInt(56);
            LocalDate birth = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
            int century = (year >= 2000 ? 5 : 3) + random.nextInt(2);
            String prefix = "%02d%02d%02d%d%04d".formatted(year % 100, birth.getMonthValue(), birth.getDayOfMonth(),
                    century, random.nextInt(10000));
            for (int check = 0; check <= 9; check++) {
                if (Iin.isValid(prefix + check)) {
                    return Iin.parse(prefix + check);
                }
            }
        }
    }
}
