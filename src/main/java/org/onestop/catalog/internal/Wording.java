package org.onestop.catalog.internal;

import org.onestop.catalog.ServiceStandard.Deadline;
import org.onestop.kernel.Language;
import org.springframework.context.MessageSource;

/**
 * Numbers of days and hours in words, with each language's plural: Russian has one, few and
 * many ("1 рабочий день", "3 рабочих дня", "5 рабочих дней"); Kazakh needs no plural after a
 * number; English has one and other.
 */
final class Wording {

    private Wording() {
    }

    static String deadline(MessageSource messages, Deadline deadline, Language language) {
        String unit = deadline.unit() == Deadline.Unit.WORKING_DAYS ? "days" : "hours";
        String key = "charter." + unit + "." + plural(deadline.amount(), language);
        return messages.getMessage(key, new Object[] {String.valueOf(deadline.amount())}, language.locale());
    }

    static String plural(int n, Language language) {
        return switch (language) {
            case KK -> "other";
            case EN -> n == 1 ? "one" : "other";
            case RU -> {
                int lastTwo = n % 100;
                int last = n % 10;
                if (last == 1 && lastTwo != 11) {
                    yield "one";
                }
                yield last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14) ? "few" : "many";
            }
        };
    }
}
