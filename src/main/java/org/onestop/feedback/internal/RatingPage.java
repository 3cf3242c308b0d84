package org.onestop.feedback.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.onestop.kernel.Actor;
import org.onestop.kernel.DomainException;
import org.onestop.kernel.ReferenceNumber;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Rating one's finished application in the browser: a score from 1 to 5, what stood out (tags)
 * and a comment; once given, the page shows the rating. The same {@link Ratings} as the API.
 */
@Controller
@RequestMapping("/my/applications/{reference}/feedback")
@PreAuthorize("hasRole('CITIZEN')")
class RatingPage {

    private final Ratings ratings;
    private final MessageSource messages;

    RatingPage(Ratings ratings, MessageSource messages) {
        this.ratings = ratings;
        this.messages = messages;
    }

    @GetMapping
    String page(@PathVariable String reference, @AuthenticationPrincipal Actor actor, Model model) {
        fill(model, reference, actor, Map.of());
        return "feedback/rate";
    }

    @PostMapping
    ModelAndView rate(@PathVariable String reference, @RequestParam(required = false) Integer score,
            @RequestParam(required = false) String comment, @RequestParam(required = false) List<String> tags,
            @AuthenticationPrincipal Actor actor, Locale locale, Model model) {
        try {
            ratings.give(reference, new Ratings.Request(score, comment, tags == null ? List.of() : tags), actor);
            return new ModelAndView("redirect:/my/applications/" + ReferenceNumber.parse(reference).formatted()
                    + "/feedback?thanks");
        } catch (DomainException e) {
            String field = e.code().equals("feedback.comment") ? "comment" : e.code().equals("feedback.tag") ? "tags"
                    : e.code().equals("feedback.score") ? "score" : "form";
            fill(model, reference, actor, Map.of(field, messages.getMessage("error." + e.code(), e.arguments(),
                    e.getMessage(), locale)));
            model.addAttribute("comment", comment);
            model.addAttribute("chosen", tags == null ? List.of() : tags);
            ModelAndView page = new ModelAndView("feedback/rate");
            page.setStatus(e.kind() == DomainException.Kind.NOT_FOUND ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST);
            return page;
        }
    }

    private void fill(Model model, String reference, Actor actor, Map<String, String> errors) {
        String formatted = ReferenceNumber.parse(reference).formatted();
        Rating given;
        try {
            given = ratings.mine(reference, actor);
        } catch (DomainException e) {
            if (!e.code().equals("feedback.none")) {
                throw e;
            }
            given = null;
        }
        model.addAttribute("reference", formatted);
        model.addAttribute("given", given);
        model.addAttribute("tagCodes", Tag.codes(java.util.EnumSet.allOf(Tag.class)));
        model.addAttribute("errors", errors);
        model.addAttribute("chosen", List.of());
    }
}
