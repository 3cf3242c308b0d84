package org.onestop.feedback.internal;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.onestop.kernel.Actor;
import org.onestop.kernel.Language;
import org.onestop.kernel.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Complaints over the API: file one, follow mine, read one with its timeline, answer one, work the queue. */
@RestController
@RequestMapping(path = "/api/v1/complaints", produces = "application/json")
class ComplaintController {

    record View(String number, String about, String subject, String originBody, String body, String state,
            String text, List<String> tags, boolean allegesBribe, String antiCorruptionBody, Instant filedAt,
            Instant dueAt, Instant bodyDueAt, int escalations, String answer, Instant answeredAt, Boolean late,
            List<String> allowedActions, List<ComplaintStore.Event> timeline) {
    }

    record Summary(String number, String about, String subject, String body, String state, Instant filedAt,
            Instant dueAt, boolean overdue, boolean allegesBribe) {
    }

    private final ComplaintFiling filing;
    private final ComplaintActions actions;
    private final ComplaintPolicy policy;
    private final ComplaintStore store;
    private final Clock clock;

    ComplaintController(ComplaintFiling filing, ComplaintActions actions, ComplaintPolicy policy,
            ComplaintStore store, Clock clock) {
        this.filing = filing;
        this.actions = actions;
        this.policy = policy;
        this.store = store;
        this.clock = clock;
    }

    @PostMapping
    @PreAuthorize("hasRole('CITIZEN')")
    ResponseEntity<View> file(@RequestBody ComplaintFiling.Request request, @AuthenticationPrincipal Actor actor,
            Locale locale) {
        Complaint c = filing.file(request, actor, Language.of(locale, Language.KK));
        return ResponseEntity.created(URI.create("/api/v1/complaints/" + c.number().value())).body(view(c, actor));
    }

    @GetMapping
    @PreAuthorize("hasRole('CITIZEN')")
    List<Summary> mine(@AuthenticationPrincipal Actor actor, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        Paging.check(page, size, 100);
        return store.byComplainant(actor.iin(), page, size).stream().map(this::summary).toList();
    }

    @GetMapping("/queue")
    @PreAuthorize("hasAnyRole('OFFICER', 'HEAD', 'AUDITOR')")
    List<Summary> queue(@AuthenticationPrincipal Actor actor, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        Paging.check(page, size, 200);
        return store.queue(List.copyOf(policy.queueBodies(actor)), actor.bodyCode(), page, size).stream()
                .filter(c -> policy.mayHandle(actor, c)).map(this::summary).toList();
    }

    @GetMapping("/{number}")
    View complaint(@PathVariable String number, @AuthenticationPrincipal Actor actor) {
        return view(policy.visible(number, actor), actor);
    }

    @PostMapping("/{number}/actions")
    @PreAuthorize("hasAnyRole('OFFICER', 'HEAD', 'AUDITOR')")
    View act(@PathVariable String number, @RequestBody ComplaintActions.Request request,
            @AuthenticationPrincipal Actor actor) {
        return view(actions.take(policy.visible(number, actor), request, actor), actor);
    }

    private View view(Complaint c, Actor actor) {
        List<String> allowed = policy.mayHandle(actor, c) ? Arrays.stream(ComplaintAction.values())
                .filter(a -> a.from() == c.state()).map(ComplaintAction::code).toList() : List.of();
        return new View(c.number().formatted(), about(c), c.subject().code(), c.originBodyCode(), c.bodyCode(),
                c.state().name(), c.text(), Tag.codes(c.tags()), c.allegesBribe(), c.agencyCode(), c.filedAt(),
                c.dueAt(), c.nextEscalationAt(), c.escalations(), c.answer(), c.answeredAt(), c.answeredLate(),
                allowed, store.timeline(c.id()));
    }

    private Summary summary(Complaint c) {
        return new Summary(c.number().formatted(), about(c), c.subject().code(), c.bodyCode(), c.state().name(),
                c.filedAt(), c.dueAt(), c.state().open() && c.dueAt().isBefore(clock.instant()), c.allegesBribe());
    }

    private static String about(Complaint c) {
        return c.subject().kind().name().toLowerCase(Locale.ROOT);
    }
}
