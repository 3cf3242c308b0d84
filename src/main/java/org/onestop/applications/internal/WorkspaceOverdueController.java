package org.onestop.applications.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.onestop.directory.CivilServant;
import org.onestop.directory.Directory;
import org.onestop.directory.StaffRole;
import org.onestop.kernel.Actor;
import org.onestop.kernel.DomainException;
import org.onestop.kernel.Iin;
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
 * A head's view of the work gone wrong: undecided applications of their body and the bodies below
 * it that are past their due date or were escalated, soonest due first, each with a form to give
 * it to an officer of the responsible body.
 */
@Controller
@PreAuthorize("hasRole('HEAD')")
class WorkspaceOverdueController {

    record Line(String reference, String service, String body, String state, String due, boolean overdue,
            boolean escalated, String assignee, String assigneeIin, List<Officer> officers) {
    }

    record Officer(String iin, String name) {
    }

    /** A reassignment that failed: which application, which officer was chosen, and why. */
    record Failure(String reference, String officerIin, String message) {
    }

    private static final int LIMIT = 200;

    private final WorkspaceQueue queue;
    private final ApplicationPolicy policy;
    private final Assignments assignments;
    private final Directory directory;
    private final WorkspaceText text;
    private final Clock clock;

    WorkspaceOverdueController(WorkspaceQueue queue, ApplicationPolicy policy, Assignments assignments,
            Directory directory, WorkspaceText text, Clock clock) {
        this.queue = queue;
        this.policy = policy;
        this.assignments = assignments;
        this.directory = directory;
        this.text = text;
        this.clock = clock;
    }

    @GetMapping("/workspace/overdue")
    String overdue(@AuthenticationPrincipal Actor actor, Model model, Locale locale) {
        List<String> bodies = List.copyOf(policy.queueBodies(actor));
        Instant now = clock.instant();
        Map<String, List<CivilServant>> servants = new HashMap<>();
        List<Line> lines = (bodies.isEmpty() ? List.<WorkspaceQueue.Row>of() : queue.overdue(bodies, now, LIMIT))
                .stream().map(r -> {
                    List<CivilServant> staff = servants.computeIfAbsent(r.bodyCode(), directory::servantsOf);
                    return new Line(new ReferenceNumber(r.reference()).formatted(),
                            text.serviceName(r.standardVersionId(), r.serviceCode(), locale),
                            directory.body(r.bodyCode()).map(b -> b.name().in(WorkspaceText.language(locale)))
                                    .orElse(r.bodyCode()),
                            text.stateName(r.workflow(), r.state(), locale), text.dateTime(r.dueAt(), locale),
                            r.overdueAt(now), r.escalatedAt() != null,
                            staff.stream().filter(s -> s.iin().value().equals(r.assignee())).findFirst()
                                    .map(CivilServant::fullName).orElse(r.assignee()), r.assignee(),
                            staff.stream().filter(s -> s.roles().contains(StaffRole.OFFICER))
                                    .map(s -> new Officer(s.iin().value(), s.fullName())).toList());
                }).toList();
        model.addAttribute("lines", lines);
        return "applications/workspace/overdue";
    }

    /** The head gives the application to an officer of the responsible body. */
    @PostMapping("/workspace/applications/{reference}/assignee")
    String reassign(@PathVariable String reference, @RequestParam(defaultValue = "") String officerIin,
            @AuthenticationPrincipal Actor actor, Model model, Locale locale, HttpServletResponse response) {
        Application a = policy.visible(reference, actor);
        if (!policy.workflowRoles(actor, a).contains("HEAD")) {
            throw DomainException.forbidden("forbidden", "you may not do this");
        }
        try {
            assignments.assign(a, Iin.parse(officerIin), actor);
            return "redirect:/workspace/overdue?assigned=" + a.reference().formatted();
        } catch (DomainException e) {
            response.setStatus(WorkspaceApplicationPage.status(e));
            model.addAttribute("failure", new Failure(a.reference().formatted(), officerIin, text.error(e, locale)));
            return overdue(actor, model, locale);
        }
    }
}
