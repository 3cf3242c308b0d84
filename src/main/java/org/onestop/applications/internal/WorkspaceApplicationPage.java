package org.onestop.applications.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.onestop.kernel.Actor;
import org.onestop.kernel.DomainException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One application in the agency workspace: its page, the workflow's actions taken from it (each
 * form carries the revision it was loaded at, so a change made meanwhile by someone else is
 * reported and nothing is overwritten), and its documents downloaded in the browser session.
 */
@Controller
@PreAuthorize("hasAnyRole('OFFICER', 'HEAD')")
class WorkspaceApplicationPage {

    /** What went wrong with an action form, and what was entered in it. */
    record Failure(String action, String field, String message, String comment, String ground) {
    }

    private final ApplicationPolicy policy;
    private final Transitions transitions;
    private final ApplicationDocuments documents;
    private final WorkspaceApplicationView view;
    private final WorkspaceText text;

    WorkspaceApplicationPage(ApplicationPolicy policy, Transitions transitions, ApplicationDocuments documents,
            WorkspaceApplicationView view, WorkspaceText text) {
        this.policy = policy;
        this.transitions = transitions;
        this.documents = documents;
        this.view = view;
        this.text = text;
    }

    @GetMapping("/workspace/applications/{reference}")
    String page(@PathVariable String reference, @AuthenticationPrincipal Actor actor, Model model, Locale locale) {
        return render(policy.visible(reference, actor), actor, model, locale);
    }

    @PostMapping("/workspace/applications/{reference}/actions")
    String act(@PathVariable String reference, @RequestParam(defaultValue = "") String action,
            @RequestParam(required = false) Integer revision, @RequestParam(required = false) String comment,
            @RequestParam(required = false) String ground, @AuthenticationPrincipal Actor actor, Model model,
            Locale locale, HttpServletResponse response) {
        Application a = policy.visible(reference, actor);
        try {
            transitions.take(a, new Transitions.Request(action, comment, ground(ground), null), actor,
                    revision == null ? -1 : revision);
            return "redirect:/workspace/applications/" + a.reference().formatted() + "?done=" + action;
        } catch (DomainException e) {
            response.setStatus(status(e));
            String field = switch (e.code()) {
                case "applications.comment" -> "comment";
                case "applications.ground" -> "ground";
                case "applications.stale" -> "stale";
                default -> "form";
            };
            String message = field.equals("stale") ? text.message("workspace.stale", locale) : text.error(e, locale);
            model.addAttribute("failure", new Failure(action, field, message, comment, ground));
            return render(policy.visible(reference, actor), actor, model, locale);
        }
    }

    /** A document of the application, for the browser session; logged as the API's download is. */
    @GetMapping("/workspace/applications/{reference}/documents/{id}")
    ResponseEntity<byte[]> document(@PathVariable String reference, @PathVariable String id,
            @AuthenticationPrincipal Actor actor) {
        return documents.download(reference, id, actor);
    }

    private String render(Application a, Actor actor, Model model, Locale locale) {
        model.addAttribute("view", view.page(a, actor, locale));
        model.addAttribute("mayTake", actor.hasRole("OFFICER") && !actor.iin().value().equals(a.assignee())
                && a.decidedAt() == null);
        return "applications/workspace/application";
    }

    private static Integer ground(String ground) {
        try {
            return ground == null || ground.isBlank() ? null : Integer.valueOf(ground.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static int status(DomainException e) {
        return switch (e.kind()) {
            case INVALID -> HttpServletResponse.SC_BAD_REQUEST;
            case FORBIDDEN -> HttpServletResponse.SC_FORBIDDEN;
            case NOT_FOUND -> HttpServletResponse.SC_NOT_FOUND;
            case CONFLICT, PRECONDITION_FAILED -> HttpServletResponse.SC_CONFLICT;
            case TOO_MANY_REQUESTS -> 429;
            case UNAUTHENTICATED -> HttpServletResponse.SC_UNAUTHORIZED;
        };
    }
}
