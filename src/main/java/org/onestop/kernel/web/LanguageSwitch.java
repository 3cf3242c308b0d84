package org.onestop.kernel.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.onestop.kernel.Actor;
import org.onestop.kernel.Language;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The language switch of every page: {@code ?lang=kk|ru|en} sets this browser's language and,
 * for a signed-in person or member of staff, their account's. A signed-in visitor whose browser
 * has chosen nothing yet gets their account's language.
 */
class LanguageSwitch implements HandlerInterceptor {

    static final String PARAMETER = "lang";

    private final LanguageResolver resolver;
    private final ObjectProvider<LanguageMemory> memory;

    LanguageSwitch(LanguageResolver resolver, ObjectProvider<LanguageMemory> memory) {
        this.resolver = resolver;
        this.memory = memory;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Optional<Language> chosen = LanguageResolver.language(request.getParameter(PARAMETER));
        Optional<Actor> actor = signedIn();
        if (chosen.isPresent()) {
            resolver.setLocale(request, response, chosen.get().locale());
            actor.ifPresent(a -> memory.ifAvailable(m -> m.remember(a, chosen.get())));
        } else if (actor.isPresent() && LanguageResolver.remembered(request).isEmpty()) {
            memory.ifAvailable(m -> m.recall(actor.get())
                    .ifPresent(language -> resolver.setLocale(request, response, language.locale())));
        }
        return true;
    }

    private static Optional<Actor> signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof Actor actor
                && (actor.kind() == Actor.Kind.PERSON || actor.kind() == Actor.Kind.STAFF)
                ? Optional.of(actor) : Optional.empty();
    }
}
