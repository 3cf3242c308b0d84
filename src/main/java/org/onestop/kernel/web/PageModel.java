package org.onestop.kernel.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.onestop.kernel.Actor;
import org.onestop.kernel.Language;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every page's layout needs: who is signed in ({@code actor}, or null) and the language
 * switch ({@code languages}): this same page in each language, as plain links.
 */
@ControllerAdvice(annotations = Controller.class)
class PageModel {

    /** A link of the language switch; {@code current} marks the language of this page. */
    record LanguageLink(String tag, String href, boolean current) {
    }

    @ModelAttribute("actor")
    Actor actor(@AuthenticationPrincipal Actor actor) {
        return actor;
    }

    /** The page's language, for texts held in three languages ({@code text.in(lang)}). */
    @ModelAttribute("lang")
    Language lang(Locale locale) {
        return Language.of(locale, Language.KK);
    }

    @ModelAttribute("languages")
    List<LanguageLink> languages(HttpServletRequest request, Locale locale) {
        Language current = Language.of(locale, null);
        String path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed
                ? failed : request.getRequestURI();
        String query = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) == null
                ? request.getQueryString() : null;
        return Arrays.stream(Language.values()).map(language -> new LanguageLink(language.tag(),
                UriComponentsBuilder.fromPath(path).query(query)
                        .replaceQueryParam(LanguageSwitch.PARAMETER, language.tag()).build().toUriString(),
                language == current)).toList();
    }
}
