package org.onestop.kernel.web;

import org.onestop.kernel.Actor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: who is signed in ({@code actor}, or null). */
@ControllerAdvice(annotations = Controller.class)
class PageModel {

    @ModelAttribute("actor")
    Actor actor(@AuthenticationPrincipal Actor actor) {
        return actor;
    }
}
