package org.onestop.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.onestop.kernel.Language;

class SearchTextTest {

    @Test
    void kazakhLettersCaseAndPunctuationDoNotMatter() {
        assertThat(SearchText.normalise("Жеке куәлік")).isEqualTo("жеке куалик");
        assertThat(SearchText.normalise("ЖЕКЕ КУӘЛІК")).isEqualTo("жеке куалик");
        assertThat(SearchText.normalise("Мемлекеттік кірістер, салық!")).isEqualTo("мемлекеттик киристер салык");
        assertThat(SearchText.normalise("Ұлттық ҮЛГІ һәм ғылым ң ө")).isEqualTo("улттык улги хам гылым н о");
        assertThat(SearchText.normalise("Удостоверение  ЛИЧНОСТИ, ёлка")).isEqualTo("удостоверение личности елка");
    }

    @Test
    void aQueryIsSplitIntoDistinctNormalisedWords() {
        assertThat(SearchText.words("  Жеке   куәлік жеке ")).containsExactly("жеке", "куалик");
        assertThat(SearchText.words("   ")).isEmpty();
        assertThat(SearchText.words(null)).isEmpty();
    }

    @Test
    void russianDeadlinesTakeTheirPluralForms() {
        assertThat(Wording.plural(1, Language.RU)).isEqualTo("one");
        assertThat(Wording.plural(21, Language.RU)).isEqualTo("one");
        assertThat(Wording.plural(3, Language.RU)).isEqualTo("few");
        assertThat(Wording.plural(22, Language.RU)).isEqualTo("few");
        assertThat(Wording.plural(5, Language.RU)).isEqualTo("many");
        assertThat(Wording.plural(11, Language.RU)).isEqualTo("many");
        assertThat(Wording.plural(12, Language.RU)).isEqualTo("many");
        assertThat(Wording.plural(1, Language.EN)).isEqualTo("one");
        assertThat(Wording.plural(2, Language.EN)).isEqualTo("other");
        assertThat(Wording.plural(1, Language.KK)).isEqualTo("other");
    }
}
