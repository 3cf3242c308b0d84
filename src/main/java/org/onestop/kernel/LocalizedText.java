package org.onestop.kernel;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A text in Kazakh, Russian and English. A missing translation is {@code null}; at least one
 * must be present. {@link #in(Language)} falls back in the order {@link Language#fallbacks()}
 * states, so a reader always gets some text.
 */
public record LocalizedText(String kk, String ru, String en) {

    public LocalizedText {
        kk = blankToNull(kk);
        ru = blankToNull(ru);
        en = blankToNull(en);
        if (kk == null && ru == null && en == null) {
            throw DomainException.invalid("text.empty", "a text needs at least one language");
        }
    }

    /** The same text in every language, for names that are not translated (a phone number). */
    public static LocalizedText same(String text) {
        return new LocalizedText(text, text, text);
    }

    /** The text in {@code language}, or in the first fallback that has it. */
    public String in(Language language) {
        for (Language candidate : language.fallbacks()) {
            String text = exactly(candidate);
            if (text != null) {
                return text;
            }
        }
        throw new IllegalStateException("unreachable: a LocalizedText always has one language");
    }

    /** The text in exactly this language, or {@code null} when it is not translated. */
    public String exactly(Language language) {
        return switch (language) {
            case KK -> kk;
            case RU -> ru;
            case EN -> en;
        };
    }

    /** Whether all three languages are present. */
    @JsonIgnore
    public boolean isComplete() {
        return kk != null && ru != null && en != null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
