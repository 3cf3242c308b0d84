package org.onestop.kernel;

import java.util.List;
import java.util.Locale;

/**
 * The three languages OneStop speaks. Kazakh is the state language; Russian is official and
 * understood by most; English serves foreigners and international partners.
 *
 * <p>Each language states the order in which {@link LocalizedText} falls back when a text is
 * missing in it: Kazakh and Russian fall back to each other first (registers are kept in both),
 * English falls back to Russian, which more English readers understand than Kazakh.
 */
public enum Language {
    KK("kk"), RU("ru"), EN("en");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** This language first, then the others in the order a reader of this language prefers. */
    public List<Language> fallbacks() {
        return switch (this) {
            case KK -> List.of(KK, RU, EN);
            case RU -> List.of(RU, KK, EN);
            case EN -> List.of(EN, RU, KK);
        };
    }

    /** The language of a locale, or {@code otherwise} when OneStop does not speak it. */
    public static Language of(Locale locale, Language otherwise) {
        if (locale != null) {
            for (Language language : values()) {
                if (language.tag.equals(locale.getLanguage())) {
                    return language;
                }
            }
        }
        return otherwise;
    }

    /** The language with this tag ("kk", "ru", "en"); any other tag is rejected. */
    public static Language ofTag(String tag) {
        for (Language language : values()) {
            if (language.tag.equalsIgnoreCase(tag == null ? "" : tag.strip())) {
                return language;
            }
        }
        throw DomainException.invalid("language.unknown",
                "language '" + tag + "' is not one of kk, ru, en", tag);
    }
}
