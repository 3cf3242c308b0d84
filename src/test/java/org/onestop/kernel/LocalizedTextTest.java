package org.onestop.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {

    @Test
    void eachLanguageReadsItsOwnText() {
        LocalizedText text = new LocalizedText("Әділет министрлігі", "Министерство юстиции", "Ministry of Justice");

        assertThat(text.in(Language.KK)).isEqualTo("Әділет министрлігі");
        assertThat(text.in(Language.RU)).isEqualTo("Министерство юстиции");
        assertThat(text.in(Language.EN)).isEqualTo("Ministry of Justice");
        assertThat(text.isComplete()).isTrue();
    }

    @Test
    void aMissingEnglishTextFallsBackToRussianThenKazakh() {
        assertThat(new LocalizedText("Астана", "Астана", null).in(Language.EN)).isEqualTo("Астана");
        assertThat(new LocalizedText("Қазақша", "Русский", " ").in(Language.EN)).isEqualTo("Русский");
        assertThat(new LocalizedText("Қазақша", null, null).in(Language.EN)).isEqualTo("Қазақша");
    }

    @Test
    void kazakhAndRussianFallBackToEachOtherBeforeEnglish() {
        assertThat(new LocalizedText(null, "Русский", "English").in(Language.KK)).isEqualTo("Русский");
        assertThat(new LocalizedText("Қазақша", null, "English").in(Language.RU)).isEqualTo("Қазақша");
        assertThat(new LocalizedText(null, null, "English").in(Language.RU)).isEqualTo("English");
    }

    @Test
    void aTextWithNoLanguageIsRefused() {
        assertThatThrownBy(() -> new LocalizedText(null, "", "  "))
                .isInstanceOf(DomainException.class)
                .hasMessage("a text needs at least one language");
    }

    @Test
    void localesMapToLanguagesAndUnknownOnesToTheDefault() {
        assertThat(Language.of(Locale.forLanguageTag("kk-KZ"), Language.RU)).isEqualTo(Language.KK);
        assertThat(Language.of(Locale.forLanguageTag("ru"), Language.KK)).isEqualTo(Language.RU);
        assertThat(Language.of(Locale.forLanguageTag("de-DE"), Language.KK)).isEqualTo(Language.KK);
        assertThat(Language.ofTag(" EN ")).isEqualTo(Language.EN);
        assertThatThrownBy(() -> Language.ofTag("uz")).hasMessage("language 'uz' is not one of kk, ru, en");
    }
}
