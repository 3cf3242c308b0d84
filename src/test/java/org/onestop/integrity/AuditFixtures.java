package org.onestop.integrity;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.onestop.kernel.Actor;
import org.onestop.kernel.Iin;

/** Actors, names and IINs for integrity tests; every call gives values no other test uses. */
final class AuditFixtures {

    private AuditFixtures() {
    }

    /** A name no other test uses, such as {@code tamper-3f2a9c1e}. */
    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** An officer of the Astana state revenue department with an account of its own. */
    static Actor officer() {
        String id = unique("account");
        return new Actor(Actor.Kind.STAFF, id, "officer." + id, Set.of("OFFICER"), null, "DSR-KZ-71", null);
    }

    /** A valid IIN of a person born in the 1980s or 1990s, chosen at random. */
    static Iin someIin() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (true) {
            LocalDate birth = LocalDate.of(1980, 1, 1).plusDays(random.nextInt(7300));
            String digits = "%02d%02d%02d%d%04d".formatted(birth.getYear() % 100, birth.getMonthValue(),
                    birth.getDayOfMonth(), 3 + random.nextInt(2), random.nextInt(10_000));
            for (int check = 0; check <= 9; check++) {
                if (Iin.isValid(digits + check)) {
                    return new Iin(digits + check);
                }
            }
        }
    }
}
