package org.onestop.notifications.web;

import java.util.UUID;
import org.onestop.kernel.Actor;
import org.onestop.kernel.Paging;
import org.onestop.notifications.Notifications;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The signed-in person's inbox as a page: newest first, unread marked, each one markable as read. */
@Controller
class InboxPage {

    static final int PAGE_SIZE = 20;

    private final Notifications notifications;
    private final ReadMarks readMarks;

    InboxPage(Notifications notifications, ReadMarks readMarks) {
        this.notifications = notifications;
        this.readMarks = readMarks;
    }

    @GetMapping("/my/notifications")
    String inbox(@AuthenticationPrincipal Actor actor, @RequestParam(defaultValue = "0") int page, Model model) {
        Paging.check(page, PAGE_SIZE, PAGE_SIZE);
        var messages = notifications.inbox(actor.id(), page, PAGE_SIZE + 1);
        model.addAttribute("messages", messages.stream().limit(PAGE_SIZE).toList());
        model.addAttribute("unread", notifications.unread(actor.id()));
        model.addAttribute("page", page);
        model.addAttribute("more", messages.size() > PAGE_SIZE);
        return "notifications/inbox";
    }

    @PostMapping("/my/notifications/{id}/read")
    String read(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "0") int page) {
        readMarks.mark(actor, id);
        return "redirect:/my/notifications?page=" + page;
    }
}
