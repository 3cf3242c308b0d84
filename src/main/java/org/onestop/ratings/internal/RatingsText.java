package org.onestop.ratings.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Indicator names, definitions and values as a reader in their language reads them. */
@Component
class RatingsText {

    private final MessageSource messages;

    RatingsText(MessageSource messages) {
        this.messages = messages;
    }

    String name(String indicator, Locale locale) {
        return message("ratings.indicator." + indicator + ".name", locale);
    }

    String definition(String indicator, Locale locale) {
        return message("ratings.indicator." + indicator + ".definition", locale);
    }

    String message(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, locale);
    }

    /** A value of the indicator: 95.8 % for a share, 4 for days, 1.25 for a mean; "—" when there is none. */
    String value(String indicator, BigDecimal value, Locale locale) {
        if (value == null) {
            return "—";
        }
        return switch (Indicator.byCode(indicator).kind()) {
            case SHARE -> percent(value, locale);
            case COUNT, DAYS -> NumberFormat.getIntegerInstance(locale).format(value);
            case NUMBER -> decimal(value, 2, locale);
        };
    }

    String percent(BigDecimal share, Locale locale) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(1);
        format.setMinimumFractionDigits(1);
        return format.format(share);
    }

    String decimal(BigDecimal value, int digits, Locale locale) {
        if (value == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(digits);
        format.setMinimumFractionDigits(Math.min(1, digits));
        return format.format(value);
    }

    /** A score's change: "+2,3" or "−1,0" (a true minus sign), or "" when there is nothing to compare. */
    String change(BigDecimal change, Locale locale) {
        if (change == null) {
            return "";
        }
        String number = decimal(change.abs(), 1, locale);
        return change.signum() > 0 ? "+" + number : change.signum() < 0 ? "\u2212" + number : number;
    }
}
