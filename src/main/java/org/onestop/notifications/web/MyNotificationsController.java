package org.onestop.notifications.web;

import java.util.List;
import java.util.UUID;
import org.onestop.kernel.Actor;
import org.onestop.kernel.Paging;
import org.onestop.notifications.InboxMessage;
import org.onestop.notifications.Notifications;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's in-app inbox. Only their own messages: another's message is as absent as a missing one. */
@RestController
@RequestMapping(path = "/api/v1/me/notifications", produces = "application/json")
class MyNotificationsController {

    record Inbox(long unread, List<InboxMessage> messages) {
    }

    private final Notifications notifications;
    private final ReadMarks readMarks;

    MyNotificationsController(Notifications notifications, ReadMarks readMarks) {
        this.notifications = notifications;
        this.readMarks = readMarks;
    }

    @GetMapping
    Inbox inbox(@AuthenticationPrincipal Actor actor, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        Paging.check(page, size, 100);
        return new Inbox(notifications.unread(actor.id()), notifications.inbox(actor.id(), page, size));
    }

    @PostMapping("/{id}/read")
    ResponseEntity<Void> markRead(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        readMarks.mark(actor, id);
        return ResponseEntity.noContent().build();
    }
}
