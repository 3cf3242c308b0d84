package org.onestop.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onestop.kernel.Kzt;
import org.onestop.kernel.Language;
import org.springframework.context.i18n.LocaleContextHolder;

class FormatsTest {

    private final Formats formats = new Formats();

    @AfterEach
    void forgetTheLanguage() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aDayIsWrittenAsReadersOfEachLanguageWriteIt() {
        LocalDate day = LocalDate.of(2025, 6, 12);

        assertThat(in(Language.KK, () -> formats.date(day))).isEqualTo("2025\u202fж. 12 маусым");
        assertThat(in(Language.RU, () -> formats.date(day))).isEqualTo("12 июня 2025\u202fг.");
        assertThat(in(Language.EN, () -> formats.date(day))).isEqualTo("June 12, 2025");
    }

    @Test
    void aMomentFallsOnTheDayAndHourOfKazakhstan() {
        Instant lateEveningInLondon = Instant.parse("2025-06-11T19:30:00Z");

        assertThat(in(Language.EN, () -> formats.dateTime(lateEveningInLondon))).isEqualTo("June 12, 2025, 00:30");
    }

    @Test
    void amountsAreWrittenInTengeTheWayOfTheLanguage() {
        assertThat(in(Language.RU, () -> formats.money(Kzt.ofTenge(8650)))).isEqualTo("8\u00a0650\u00a0₸");
        assertThat(in(Language.EN, () -> formats.money(Kzt.ofTenge(8650)))).isEqualTo("₸8,650");
    }

    @Test
    void aLanguageWeDoNotSpeakGetsKazakh() {
        LocaleContextHolder.setLocale(java.util.Locale.GERMAN);

        assertThat(formats.date(LocalDate.of(2025, 6, 12))).isEqualTo("2025\u202fж. 12 маусым");
    }

    private static String in(Language language, java.util.function.Supplier<String> text) {
        LocaleContextHolder.setLocale(language.locale());
        return text.get();
    }
}
