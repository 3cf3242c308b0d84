package org.onestop.applications.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.onestop.catalog.Catalog;
import org.onestop.catalog.ServiceQuery;
import org.onestop.catalog.ServiceStandard;
import org.onestop.catalog.Workflow;
import org.onestop.directory.CivilServant;
import org.onestop.directory.Directory;
import org.onestop.kernel.Actor;
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
 * The agency workspace's queue: the open applications of the officer's body (a head's and those
 * below it), soonest due first, overdue ones marked in words; filtered by state, service, overdue
 * and who works them; a page at a time. "Take" makes an officer the assignee.
 */
@Controller
@PreAuthorize("hasAnyRole('OFFICER', 'HEAD')")
class WorkspaceController {

    record Line(String reference, String service, String state, String due, boolean overdue, boolean escalated,
            String assignee, boolean mine) {
    }

    record Option(String value, String label) {
    }

    static final int PAGE_SIZE = 25;

    private final WorkspaceQueue queue;
    private final ApplicationPolicy policy;
    private final Assignments assignments;
    private final Catalog catalog;
    private final Directory directory;
    private final WorkspaceText text;
    private final Clock clock;

    WorkspaceController(WorkspaceQueue queue, ApplicationPolicy policy, Assignments assignments, Catalog catalog,
            Directory directory, WorkspaceText text, Clock clock) {
        this.queue = queue;
        this.policy = policy;
        this.assignments = assignments;
        this.catalog = catalog;
        this.directory = directory;
        this.text = text;
        this.clock = clock;
    }

    @GetMapping("/workspace")
    String queue(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String state,
            @RequestParam(required = false) String service, @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "") String who, @RequestParam(defaultValue = "0") int page, Model model,
            Locale locale) {
        List<String> bodies = List.copyOf(policy.queueBodies(actor));
        int current = Math.max(0, page);
        WorkspaceQueue.Filter filter = new WorkspaceQueue.Filter(blankToNull(state), blankToNull(service), overdue,
                "me".equals(who) ? actor.iin().value() : null, "none".equals(who));
        Instant now = clock.instant();
        List<WorkspaceQueue.Row> rows = bodies.isEmpty() ? List.of()
                : queue.open(bodies, filter, now, current, PAGE_SIZE + 1);
        Map<String, String> names = servantNames(bodies);
        List<Line> lines = rows.stream().limit(PAGE_SIZE).map(r -> new Line(
                new ReferenceNumber(r.reference()).formatted(),
                text.serviceName(r.standardVersionId(), r.serviceCode(), locale),
                text.stateName(r.workflow(), r.state(), locale), text.dateTime(r.dueAt(), locale), r.overdueAt(now),
                r.escalatedAt() != null, r.assignee() == null ? null : names.getOrDefault(r.assignee(), r.assignee()),
                actor.iin().value().equals(r.assignee()))).toList();
        List<ServiceStandard> services = services(bodies);
        model.addAttribute("lines", lines);
        model.addAttribute("services", services.stream().map(s -> new Option(s.code(),
                s.code() + " " + s.name().in(WorkspaceText.language(locale)))).toList());
        model.addAttribute("states", states(services, locale));
        model.addAttribute("filter", Map.of("state", nullToBlank(filter.state()), "service",
                nullToBlank(filter.service()), "who", who, "overdue", overdue));
        model.addAttribute("page", current);
        model.addAttribute("hasNext", rows.size() > PAGE_SIZE);
        model.addAttribute("mayTake", actor.hasRole("OFFICER"));
        model.addAttribute("isHead", actor.hasRole("HEAD"));
        return "applications/workspace/queue";
    }

    /** An officer takes the application as their own and goes on to it. */
    @PostMapping("/workspace/applications/{reference}/claim")
    @PreAuthorize("hasRole('OFFICER')")
    String claim(@PathVariable String reference, @AuthenticationPrincipal Actor actor) {
        Application a = policy.visible(reference, actor);
        assignments.assign(a, actor.iin(), actor);
        return "redirect:/workspace/applications/" + a.reference().formatted();
    }

    private Map<String, String> servantNames(List<String> bodies) {
        Map<String, String> names = new TreeMap<>();
        for (String body : bodies) {
            for (CivilServant servant : directory.servantsOf(body)) {
                names.put(servant.iin().value(), servant.fullName());
            }
        }
        return names;
    }

    /** The services the bodies provide, for the filter; at most a hundred a body. */
    private List<ServiceStandard> services(List<String> bodies) {
        Map<String, ServiceStandard> byCode = new TreeMap<>();
        for (String body : bodies) {
            catalog.search(new ServiceQuery(null, body, null, null, 0, 100)).forEach(s -> byCode.put(s.code(), s));
        }
        return new ArrayList<>(byCode.values());
    }

    /** The states an open application of these services can be in, named in the reader's language. */
    private List<Option> states(List<ServiceStandard> services, Locale locale) {
        Map<String, String> states = new LinkedHashMap<>();
        services.stream().map(ServiceStandard::workflow).distinct().map(catalog::workflow)
                .flatMap(java.util.Optional::stream).map(Workflow::states).map(Map::values)
                .flatMap(java.util.Collection::stream)
                .filter(s -> s.clock() != Workflow.Clock.STOPPED)
                .forEach(s -> states.putIfAbsent(s.code(), s.name().in(WorkspaceText.language(locale))));
        return states.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new Option(e.getKey(), e.getValue())).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String nullToBlank(String value) {
        return value == null ? "" : value;
    }
}
