package org.onestop.applications.internal;

import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.stream.Stream;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A browser that has chosen the page language: the {@code ONESTOP_LANG} cookie the language switch
 * sets, and the same in {@code Accept-Language}. (A signed-in user's choice otherwise defaults to
 * their account's language, which is not what a test of one language wants.)
 */
final class PageLanguage {

    private PageLanguage() {
    }

    static RequestPostProcessor of(String tag) {
        return request -> {
            request.addHeader("Accept-Language", tag);
            Cookie[] cookies = request.getCookies() == null ? new Cookie[0] : request.getCookies();
            request.setCookies(Stream.concat(Arrays.stream(cookies), Stream.of(new Cookie("ONESTOP_LANG", tag)))
                    .toArray(Cookie[]::new));
            return request;
        };
    }
}
