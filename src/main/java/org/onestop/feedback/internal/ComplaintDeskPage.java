package org.onestop.feedback.internal;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.onestop.directory.Directory;
import org.onestop.kernel.Actor;
import org.onestop.kernel.DomainException;
import org.onestop.kernel.Language;
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
 * Complaints in the staff workspace: the open complaints a body (or, for bribery, the
 * anti-corruption agency) must answer, soonest due first, and each one's page where it is taken
 * into review and upheld or dismissed with reasons. The same {@link ComplaintActions} as the API.
 */
@Controller
@RequestMapping("/workspace/complaints")
@PreAuthorize("hasAnyRole('OFFICER', 'HEAD', 'AUDITOR')")
class ComplaintDeskPage {

    private final ComplaintStore store;
    private final ComplaintPolicy policy;
    private final ComplaintActions actions;
    private final Directory directory;
    private final MessageSource messages;
    private final Clock clock;

    ComplaintDeskPage(ComplaintStore store, ComplaintPolicy policy, ComplaintActions actions, Directory directory,
            MessageSource messages, Clock clock) {
        this.store = store;
        this.policy = policy;
        this.actions = actions;
        this.directory = directory;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String queue(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("complaints", store.queue(List.copyOf(policy.queueBodies(actor)), actor.bodyCode(), 0, 100)
                .stream().filter(c -> policy.mayHandle(actor, c)).toList());
        model.addAttribute("now", clock.instant());
        return "feedback/complaint-queue";
    }

    @GetMapping("/{number}")
    String complaint(@PathVariable String number, @AuthenticationPrincipal Actor actor, Locale locale, Model model) {
        fill(model, policy.visible(number, actor), actor, locale, null);
        return "feedback/complaint-handle";
    }

    @PostMapping("/{number}")
    ModelAndView act(@PathVariable String number, @RequestParam String action,
            @RequestParam(required = false) String answer, @AuthenticationPrincipal Actor actor, Locale locale,
            Model model) {
        Complaint c = policy.visible(number, actor);
        try {
            actions.take(c, new ComplaintActions.Request(action, answer), actor);
            return new ModelAndView("redirect:/workspace/complaints/" + c.number().formatted());
        } catch (DomainException e) {
            fill(model, store.byId(c.id()).orElseThrow(), actor, locale,
                    messages.getMessage("error." + e.code(), e.arguments(), e.getMessage(), locale));
            model.addAttribute("answer", answer);
            ModelAndView page = new ModelAndView("feedback/complaint-handle");
            page.setStatus(e.kind() == DomainException.Kind.FORBIDDEN ? HttpStatus.FORBIDDEN : HttpStatus.BAD_REQUEST);
            return page;
        }
    }

    private void fill(Model model, Complaint c, Actor actor, Locale locale, String error) {
        Language language = Language.of(locale, Language.KK);
        model.addAttribute("complaint", c);
        model.addAttribute("bodyName", directory.body(c.bodyCode()).map(b -> b.name().in(language)).orElse(c.bodyCode()));
        model.addAttribute("actions", policy.mayHandle(actor, c) ? Arrays.stream(ComplaintAction.values())
                .filter(a -> a.from() == c.state()).map(ComplaintAction::code).toList() : List.of());
        model.addAttribute("timeline", store.timeline(c.id()));
        model.addAttribute("error", error);
    }
}
