package org.onestop.kernel.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.onestop.kernel.Actor;
import org.onestop.kernel.Language;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every page's layout needs: who is signed in ({@code actor}, or null), the page's language
 * ({@code lang}) and the language switch ({@code languages}): this same page in each language, as
 * plain links. Added only when a page is about to be rendered, so API requests (which render no
 * page) do none of this work.
 */
@Component
class PageModel implements HandlerInterceptor, WebMvcConfigurer {

    /** A link of the language switch; {@code current} marks the language of this page. */
    record LanguageLink(String tag, String href, boolean current) {
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView page) {
        if (page == null || page.getViewName() != null && page.getViewName().startsWith("redirect:")) {
            return;
        }
        Locale locale = RequestContextUtils.getLocale(request);
        page.getModel().putIfAbsent("actor", actor());
        page.getModel().putIfAbsent("lang", Language.of(locale, Language.KK));
        page.getModel().putIfAbsent("languages", languages(request, locale));
    }

    private static Actor actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof Actor actor ? actor : null;
    }

    private static List<LanguageLink> languages(HttpServletRequest request, Locale locale) {
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
