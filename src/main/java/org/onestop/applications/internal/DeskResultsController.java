package org.onestop.applications.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.onestop.applications.ApplicationResults;
import org.onestop.kernel.Actor;
import org.onestop.kernel.Language;
import org.onestop.kernel.DomainException;
import org.onestop.kernel.ReferenceNumber;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Results waiting at the centre: applications filed here and approved, handed out to the
 * applicant in person (the workflow's {@code issue-result}) once the operator has typed the IIN
 * from the identity document they show, which must be the applicant's.
 */
@Controller
@PreAuthorize("hasRole('OPERATOR')")
class DeskResultsController {

    record Line(String reference, String service, String applicantIin, String decided, int revision) {
    }

    /** A hand-out that failed: which application, the IIN typed, and why. */
    record Failure(String reference, String iin, String message) {
    }

    static final String READY = "APPROVED";
    static final String HAND_OUT = "issue-result";
    private static final int LIMIT = 200;

    private final WorkspaceQueue queue;
    private final ApplicationPolicy policy;
    private final Transitions transitions;
    private final WorkspaceText text;
    private final List<ApplicationResults> results;

    DeskResultsController(WorkspaceQueue queue, ApplicationPolicy policy, Transitions transitions,
            WorkspaceText text, List<ApplicationResults> results) {
        this.queue = queue;
        this.policy = policy;
        this.transitions = transitions;
        this.text = text;
        this.results = results;
    }

    @GetMapping("/desk/results")
    String results(@AuthenticationPrincipal Actor actor, Model model, Locale locale) {
        List<Line> lines = actor.centreCode() == null ? List.of() : queue.atCentre(actor.centreCode(), READY, LIMIT)
                .stream().map(r -> new Line(new ReferenceNumber(r.reference()).formatted(),
                        text.serviceName(r.standardVersionId(), r.serviceCode(), locale), r.applicantIin().masked(),
                        text.dateTime(r.decidedAt(), locale), r.revision())).toList();
        model.addAttribute("lines", lines);
        List<ReferenceNumber> shown = lines.stream().map(l -> ReferenceNumber.parse(l.reference())).toList();
        model.addAttribute("results", results.stream().flatMap(r -> r.of(shown, actor, Language.of(locale,
                Language.KK)).entrySet().stream()).collect(java.util.stream.Collectors.toMap(
                e -> new ReferenceNumber(e.getKey()).formatted(), java.util.Map.Entry::getValue, (x, y) -> x)));
        return "applications/desk/results";
    }

    @PostMapping("/desk/results/{reference}/hand-out")
    String handOut(@PathVariable String reference, @RequestParam(defaultValue = "") String iin,
            @RequestParam(required = false) Integer revision, @AuthenticationPrincipal Actor actor, Model model,
            Locale locale, HttpServletResponse response) {
        Application a = policy.visible(reference, actor);
        try {
            if (!a.applicantIin().value().equals(iin.strip())) {
                throw DomainException.invalid("desk.applicant.mismatch", "this is not the applicant's IIN");
            }
            transitions.take(a, new Transitions.Request(HAND_OUT, null, null, null), actor,
                    revision == null ? -1 : revision);
            return "redirect:/desk/results?handedOut=" + a.reference().formatted();
        } catch (DomainException e) {
            response.setStatus(WorkspaceApplicationPage.status(e));
            String message = switch (e.code()) {
                case "desk.applicant.mismatch" -> text.message("desk.results.mismatch", locale);
                case "applications.stale" -> text.message("workspace.stale", locale);
                default -> text.error(e, locale);
            };
            model.addAttribute("failure", new Failure(a.reference().formatted(), iin, message));
            return results(actor, model, locale);
        }
    }
}
