package org.onestop.feedback.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * A citizen's complaints in the browser: make one about an application of theirs, a public
 * service centre or a state body (saying whether it alleges a bribe), and follow each like an
 * application — who answers it, by when, the answer and its reasons. The same
 * {@link ComplaintFiling} as the API.
 */
@Controller
@RequestMapping("/my/complaints")
@PreAuthorize("hasRole('CITIZEN')")
class MyComplaintsPage {

    /** A choice in a list: its code and its name in the page's language. */
    record Option(String code, String name) {
    }

    /** A step of the complaint's timeline. */
    record Step(Instant at, String state, String comment) {
    }

    private final ComplaintFiling filing;
    private final ComplaintPolicy policy;
    private final ComplaintStore store;
    private final Directory directory;
    private final MessageSource messages;

    MyComplaintsPage(ComplaintFiling filing, ComplaintPolicy policy, ComplaintStore store, Directory directory,
            MessageSource messages) {
        this.filing = filing;
        this.policy = policy;
        this.store = store;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping
    String list(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("complaints", store.byComplainant(actor.iin(), 0, 100));
        return "feedback/complaints";
    }

    @GetMapping("/new")
    String form(@RequestParam(defaultValue = "application") String about,
            @RequestParam(required = false) String subject, Locale locale, Model model) {
        fill(model, locale, Map.of("about", about, "subject", subject == null ? "" : subject), Map.of());
        return "feedback/complaint-form";
    }

    @PostMapping
    ModelAndView file(@RequestParam Map<String, String> form, @RequestParam(required = false) List<String> tags,
            @AuthenticationPrincipal Actor actor, Locale locale, Model model) {
        String about = form.getOrDefault("about", "application");
        String subject = form.get("subject-" + about);
        try {
            Complaint c = filing.file(new ComplaintFiling.Request(about, subject, form.get("text"),
                    tags == null ? List.of() : tags, "true".equals(form.get("allegesBribe"))), actor,
                    Language.of(locale, Language.KK));
            return new ModelAndView("redirect:/my/complaints/" + c.number().formatted());
        } catch (DomainException e) {
            String field = e.code().equals("feedback.complaint.text") ? "text" : "subject";
            fill(model, locale, Map.of("about", about, "subject", subject == null ? "" : subject,
                    "text", form.getOrDefault("text", "")),
                    Map.of(field, messages.getMessage("error." + e.code(), e.arguments(), e.getMessage(), locale)));
            ModelAndView page = new ModelAndView("feedback/complaint-form");
            page.setStatus(HttpStatus.BAD_REQUEST);
            return page;
        }
    }

    @GetMapping("/{number}")
    String complaint(@PathVariable String number, @AuthenticationPrincipal Actor actor, Locale locale, Model model) {
        Complaint c = policy.visible(number, actor);
        if (!c.complainant().equals(actor.iin())) {
            throw DomainException.notFound("feedback.complaint.unknown", "not yours", number);
        }
        Language language = Language.of(locale, Language.KK);
        model.addAttribute("complaint", c);
        model.addAttribute("bodyName", directory.body(c.bodyCode()).map(b -> b.name().in(language))
                .orElse(c.bodyCode()));
        model.addAttribute("timeline", store.timeline(c.id()).stream().map(e -> new Step(e.at(),
                messages.getMessage("page.complaint.state." + e.toState(), null, e.toState(), locale),
                e.comment())).toList());
        return "feedback/complaint";
    }

    private void fill(Model model, Locale locale, Map<String, String> values, Map<String, String> errors) {
        Language language = Language.of(locale, Language.KK);
        model.addAttribute("centres", directory.centres(null).stream()
                .map(c -> new Option(c.code(), c.name().in(language)))
                .sorted(Comparator.comparing(Option::name)).toList());
        model.addAttribute("bodies", directory.bodies(null, null).stream()
                .map(b -> new Option(b.code(), b.name().in(language)))
                .sorted(Comparator.comparing(Option::name)).toList());
        model.addAttribute("tagCodes", Tag.codes(java.util.EnumSet.allOf(Tag.class)));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
    }
}
