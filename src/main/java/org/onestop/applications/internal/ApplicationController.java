package org.onestop.applications.internal;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.onestop.catalog.Catalog;
import org.onestop.catalog.Workflow;
import org.onestop.kernel.Actor;
import org.onestop.kernel.DomainException;
import org.onestop.kernel.Paging;
import org.onestop.kernel.Language;
import org.onestop.kernel.WorkingCalendar;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Applications over the API: file one, read one with its timeline, act on one, work the queue. */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
class ApplicationController {

    record ActionView(String code, String name, boolean requiresComment, boolean requiresGround) {
    }

    record View(String reference, String service, String serviceName, String state, String stateName, String channel,
            String body, String region, String centre, Instant submittedAt, Instant dueAt, long workingHoursLeft,
            Instant decidedAt, Boolean late, String assignee, Map<String, String> form,
            List<ApplicationDocuments.DocumentView> documents, List<ActionView> allowedActions,
            List<ApplicationStore.Event> timeline, int revision) {
    }

    record QueueItem(String reference, String service, String state, Instant dueAt, boolean overdue, String channel,
            String assignee) {
    }

    private final Submission submission;
    private final Transitions transitions;
    private final ApplicationStore store;
    private final ApplicationPolicy policy;
    private final Catalog catalog;
    private final Assignments assignments;
    private final ApplicationDocuments documents;
    private final Clock clock;

    ApplicationController(Submission submission, Transitions transitions, ApplicationStore store,
            ApplicationPolicy policy, Catalog catalog, Assignments assignments, ApplicationDocuments documents,
            Clock clock) {
        this.submission = submission;
        this.transitions = transitions;
        this.store = store;
        this.policy = policy;
        this.catalog = catalog;
        this.assignments = assignments;
        this.documents = documents;
        this.clock = clock;
    }

    @PostMapping("/applications")
    @PreAuthorize("hasAnyRole('CITIZEN', 'OPERATOR', 'AGENCY')")
    ResponseEntity<View> submit(@RequestBody Submission.Request request, @AuthenticationPrincipal Actor actor,
            @RequestHeader(name = "Idempotency-Key", required = false) String key, Locale locale) {
        Submission.Filed filed = submission.file(request, actor, key == null || key.isBlank() ? null : key.strip());
        Application a = filed.application();
        Language language = language(locale);
        // A new application's documents and first step are known: the answer is built without reading them back.
        View view = filed.step() == null ? view(a, actor, language)
                : view(a, actor, language, documents.of(a, language, filed.documents()), List.of(filed.step()));
        return ResponseEntity.created(URI.create("/api/v1/applications/" + a.reference().value()))
                .eTag(etag(a)).body(view);
    }

    @GetMapping("/applications/{reference}")
    ResponseEntity<View> application(@PathVariable String reference, @AuthenticationPrincipal Actor actor,
            Locale locale) {
        Application a = visible(reference, actor);
        return ResponseEntity.ok().eTag(etag(a)).body(view(a, actor, language(locale)));
    }

    @PostMapping("/applications/{reference}/actions")
    ResponseEntity<View> act(@PathVariable String reference, @RequestBody Transitions.Request request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @AuthenticationPrincipal Actor actor,
            Locale locale) {
        Application moved = transitions.take(visible(reference, actor), request, actor, revision(ifMatch));
        return ResponseEntity.ok().eTag(etag(moved)).body(view(moved, actor, language(locale)));
    }

    record Assignment(String officerIin) {
    }

    /** An officer takes an application of their body's queue as their own. */
    @PostMapping("/applications/{reference}/claim")
    @PreAuthorize("hasRole('OFFICER')")
    ResponseEntity<View> claim(@PathVariable String reference, @AuthenticationPrincipal Actor actor, Locale locale) {
        Application a = visible(reference, actor);
        return ResponseEntity.ok().body(view(assignments.assign(a, actor.iin(), actor), actor, language(locale)));
    }

    /** A head gives an application to an officer of the responsible body. */
    @PostMapping("/applications/{reference}/assignee")
    @PreAuthorize("hasRole('HEAD')")
    ResponseEntity<View> reassign(@PathVariable String reference, @RequestBody Assignment assignment,
            @AuthenticationPrincipal Actor actor, Locale locale) {
        Application a = visible(reference, actor);
        if (!policy.workflowRoles(actor, a).contains("HEAD")) {
            throw DomainException.forbidden("forbidden", "you may not do this");
        }
        return ResponseEntity.ok().body(view(assignments.assign(a, org.onestop.kernel.Iin.parse(
                assignment.officerIin()), actor), actor, language(locale)));
    }

    @GetMapping("/queue")
    @PreAuthorize("hasAnyRole('OFFICER', 'HEAD')")
    List<QueueItem> queue(@AuthenticationPrincipal Actor actor, @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        Paging.check(page, size, 200);
        Set<String> bodies = policy.queueBodies(actor);
        if (bodies.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        return store.queue(List.copyOf(bodies), overdue, now, page, size).stream()
                .map(a -> new QueueItem(a.reference().formatted(), a.serviceCode(), a.state(), a.dueAt(),
                        a.dueAt().isBefore(now), a.channel().name().toLowerCase(Locale.ROOT), a.assignee()))
                .toList();
    }

    private Application visible(String reference, Actor actor) {
        return policy.visible(reference, actor);
    }

    private View view(Application a, Actor actor, Language language) {
        return view(a, actor, language, documents.of(a, language), store.timeline(a.id()));
    }

    private View view(Application a, Actor actor, Language language, List<ApplicationDocuments.DocumentView> attached,
            List<ApplicationStore.Event> timeline) {
        Workflow workflow = catalog.workflow(a.workflow()).orElseThrow();
        String serviceName = catalog.version(a.standardVersionId()).map(s -> s.name().in(language)).orElse(null);
        List<ActionView> allowed = workflow.allowed(a.state(), policy.workflowRoles(actor, a)).stream()
                .map(x -> new ActionView(x.code(), x.name().in(language), x.requiresComment(), x.requiresGround()))
                .toList();
        Instant now = clock.instant();
        long left = a.decidedAt() != null ? 0 : Deadlines.workingHoursLeft(now, a.dueAt(), WorkingCalendar.kazakhstan());
        return new View(a.reference().formatted(), a.serviceCode(), serviceName, a.state(),
                workflow.state(a.state()).name().in(language), a.channel().name().toLowerCase(Locale.ROOT), a.bodyCode(),
                a.regionCode(), a.centreCode(), a.submittedAt(), a.dueAt(), left, a.decidedAt(), a.decidedLate(),
                a.assignee(), a.form(), attached, allowed, timeline, a.revision());
    }

    private static String etag(Application a) {
        return "\"" + a.revision() + "\"";
    }

    private static Integer revision(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(ifMatch.strip().replace("W/", "").replace("\"", ""));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Language language(Locale locale) {
        return Language.of(locale, Language.KK);
    }
}
