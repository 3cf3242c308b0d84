package org.onestop.applications.internal;

import java.util.Locale;
import org.onestop.directory.Directory;
import org.onestop.kernel.Actor;
import org.onestop.kernel.DomainException;
import org.onestop.kernel.Language;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The receipt an operator prints for the walk-in applicant: reference number, service, due date,
 * the deciding body, the centre, and what happens next. It shows the IIN masked, as the applicant
 * already holds it; only operators of the centre that filed the application see it.
 */
@Controller
@PreAuthorize("hasRole('OPERATOR')")
class DeskReceiptController {

    record Receipt(String reference, String service, String applicantIin, String filed, String due, String body,
            String centre, String address, String phone) {
    }

    private final ApplicationPolicy policy;
    private final Directory directory;
    private final WorkspaceText text;

    DeskReceiptController(ApplicationPolicy policy, Directory directory, WorkspaceText text) {
        this.policy = policy;
        this.directory = directory;
        this.text = text;
    }

    @GetMapping("/desk/receipts/{reference}")
    String receipt(@PathVariable String reference, @AuthenticationPrincipal Actor actor, Model model,
            Locale locale) {
        Application a = policy.visible(reference, actor);
        if (!policy.workflowRoles(actor, a).contains("OPERATOR")) {
            throw DomainException.notFound("applications.unknown", "there is no application " + reference
                    + " you may see", a.reference().formatted());
        }
        Language language = WorkspaceText.language(locale);
        var centre = directory.centre(a.centreCode()).orElseThrow();
        model.addAttribute("receipt", new Receipt(a.reference().formatted(),
                text.serviceName(a.standardVersionId(), a.serviceCode(), locale), a.applicantIin().masked(),
                text.dateTime(a.submittedAt(), locale), text.dateTime(a.dueAt(), locale),
                directory.body(a.bodyCode()).map(b -> b.name().in(language)).orElse(a.bodyCode()),
                centre.name().in(language), centre.address().in(language), centre.phone()));
        return "applications/desk/receipt";
    }
}
