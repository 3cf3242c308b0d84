package org.onestop.kernel.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.onestop.kernel.Language;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The language of a request: the one chosen in this browser (cookie {@value #COOKIE}) for pages,
 * else the best match of {@code Accept-Language}, else the default. Only kk, ru and en are ever
 * answered; a cookie naming anything else is ignored.
 */
class LanguageResolver implements LocaleResolver {

    static final String COOKIE = "ONESTOP_LANG";
    private static final String CHOSEN = LanguageResolver.class.getName() + ".chosen";
    private static final Duration REMEMBERED_FOR = Duration.ofDays(365);

    private final AcceptHeaderLocaleResolver header = new AcceptHeaderLocaleResolver();

    LanguageResolver(Language defaultLanguage) {
        header.setSupportedLocales(Arrays.stream(Language.values()).map(Language::locale).toList());
        header.setDefaultLocale(defaultLanguage.locale());
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (request.getAttribute(CHOSEN) instanceof Language chosen) {
            return chosen.locale();
        }
        if (!isApi(request)) {
            Optional<Language> remembered = remembered(request);
            if (remembered.isPresent()) {
                return remembered.get().locale();
            }
        }
        return header.resolveLocale(request);
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Language language = Language.of(locale, null);
        if (language == null || response == null) {
            throw new IllegalArgumentException("OneStop speaks kk, ru and en, not " + locale);
        }
        request.setAttribute(CHOSEN, language);
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(COOKIE, language.tag()).path("/")
                .maxAge(REMEMBERED_FOR).httpOnly(true).sameSite("Lax").build().toString());
    }

    /** The language chosen earlier in this browser, if any. */
    static Optional<Language> remembered(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName())).map(Cookie::getValue)
                .map(LanguageResolver::language).flatMap(Optional::stream).findFirst();
    }

    /** The language with this tag, if OneStop speaks it. */
    static Optional<Language> language(String tag) {
        return Arrays.stream(Language.values()).filter(l -> l.tag().equals(tag)).findFirst();
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
