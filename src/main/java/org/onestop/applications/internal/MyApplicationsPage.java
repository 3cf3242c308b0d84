package org.onestop.applications.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.onestop.applications.ApplicationResults;
import org.onestop.catalog.Catalog;
import org.onestop.catalog.ServiceStandard;
import org.onestop.catalog.Workflow;
import org.onestop.kernel.Actor;
import org.onestop.kernel.DomainException;
import org.onestop.kernel.Language;
import org.onestop.kernel.WorkingCalendar;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartRequest;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.WebUtils;

/**
 * A citizen's own applications: the list with their drafts to resume, and each application's
 * page with its state, due date, time left, documents and timeline (the officers' questions
 * among it), the form to answer a request for information (with a document if needed), and
 * withdrawal while that is still possible. Only the applicant's own applications exist here.
 */
@Controller
@RequestMapping("/my/applications")
@PreAuthorize("hasRole('CITIZEN')")
class MyApplicationsPage {

    /** An application in the list. */
    record Row(String reference, String service, String state, Instant dueAt) {
    }

    /** A draft in the list. */
    record DraftRow(java.util.UUID id, String service, Instant expiresAt) {
    }

    /** A step of the timeline as the applicant reads it. */
    record Step(Instant at, String action, String state, String comment, String ground) {
    }

    private final ApplicationStore store;
    private final ApplicationPolicy policy;
    private final Catalog catalog;
    private final Drafts drafts;
    private final Transitions transitions;
    private final ApplicationDocuments documents;
    private final Uploads uploads;
    private final ApplyForm form;
    private final List<ApplicationResults> results;
    private final Clock clock;

    MyApplicationsPage(ApplicationStore store, ApplicationPolicy policy, Catalog catalog, Drafts drafts,
            Transitions transitions, ApplicationDocuments documents, Uploads uploads, ApplyForm form,
            List<ApplicationResults> results, Clock clock) {
        this.store = store;
        this.policy = policy;
        this.catalog = catalog;
        this.drafts = drafts;
        this.transitions = transitions;
        this.documents = documents;
        this.uploads = uploads;
        this.form = form;
        this.results = results;
        this.clock = clock;
    }

    @GetMapping
    String list(@AuthenticationPrincipal Actor actor, Locale locale, Model model) {
        Language language = Language.of(locale, Language.KK);
        model.addAttribute("applications", store.byApplicant(actor.iin(), 100).stream().map(a -> new Row(
                a.reference().formatted(), catalog.version(a.standardVersionId()).map(s -> s.name().in(language))
                        .orElse(a.serviceCode()),
                catalog.workflow(a.workflow()).map(w -> w.state(a.state()).name().in(language)).orElse(a.state()),
                a.dueAt())).toList());
        model.addAttribute("drafts", drafts.mine(actor).stream().map(d -> new DraftRow(d.id(),
                catalog.current(d.service()).map(s -> s.name().in(language)).orElse(d.service()), d.expiresAt()))
                .toList());
        return "applications/mine/list";
    }

    @GetMapping("/{reference}")
    String application(@PathVariable String reference, @AuthenticationPrincipal Actor actor, Locale locale,
            Model model) {
        return page(own(reference, actor), actor, locale, model, null);
    }

    /** The applicant takes an action the workflow allows them: answering a request, withdrawing. */
    @PostMapping("/{reference}/actions/{action}")
    ModelAndView act(@PathVariable String reference, @PathVariable String action,
            @RequestParam(required = false) String comment, @RequestParam(required = false) Integer revision,
            @RequestParam(required = false) String document, HttpServletRequest request,
            @AuthenticationPrincipal Actor actor, Locale locale, Model model) {
        Application a = own(reference, actor);
        try {
            Map<String, String> attached = attach(request, document, actor);
            transitions.take(a, new Transitions.Request(action, comment, null, attached), actor, revision);
            return new ModelAndView("redirect:/my/applications/" + a.reference().formatted());
        } catch (DomainException e) {
            ModelAndView page = new ModelAndView(page(store.byId(a.id()).orElseThrow(), actor, locale, model,
                    form.message(e, locale)));
            page.setStatus(HttpStatus.BAD_REQUEST);
            return page;
        }
    }

    @GetMapping("/{reference}/documents/{id}")
    ResponseEntity<byte[]> document(@PathVariable String reference, @PathVariable String id,
            @AuthenticationPrincipal Actor actor) {
        return documents.send(own(reference, actor), id, actor);
    }

    private Map<String, String> attach(HttpServletRequest request, String document, Actor actor) {
        MultipartRequest multipart = WebUtils.getNativeRequest(request, MultipartRequest.class);
        MultipartFile file = multipart == null ? null : multipart.getFile("file");
        if (file == null || file.isEmpty() || document == null || document.isBlank()) {
            return Map.of();
        }
        try (var content = file.getInputStream()) {
            return Map.of(document, uploads.store(actor, file.getOriginalFilename(), content).id().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String page(Application a, Actor actor, Locale locale, Model model, String error) {
        Language language = Language.of(locale, Language.KK);
        Workflow workflow = catalog.workflow(a.workflow()).orElseThrow();
        ServiceStandard standard = catalog.version(a.standardVersionId()).orElseThrow();
        List<Step> timeline = store.timeline(a.id()).stream().map(e -> new Step(e.at(),
                workflow.action(e.action()).map(x -> x.name().in(language)).orElse(e.action()),
                workflow.state(e.toState()).name().in(language), e.comment(),
                e.ground() == null ? null : standard.refusalGrounds().stream().filter(g -> g.number() == e.ground())
                        .map(g -> g.number() + ". " + g.text().in(language)).findFirst().orElse(null))).toList();
        model.addAttribute("app", a);
        model.addAttribute("serviceName", standard.name().in(language));
        model.addAttribute("stateName", workflow.state(a.state()).name().in(language));
        model.addAttribute("timeline", timeline);
        model.addAttribute("documents", documents.of(a, language));
        model.addAttribute("results", results.stream().flatMap(r -> r.of(List.of(a.reference()), actor, language)
                .getOrDefault(a.reference().value(), List.of()).stream()).toList());
        model.addAttribute("uploadable", standard.documents().stream().filter(d -> !d.fetched()).toList());
        model.addAttribute("actions", workflow.allowed(a.state(), policy.workflowRoles(actor, a)));
        model.addAttribute("hoursLeft", a.decidedAt() != null ? 0
                : Deadlines.workingHoursLeft(clock.instant(), a.dueAt(), WorkingCalendar.kazakhstan()));
        model.addAttribute("overdue", a.decidedAt() == null && a.dueAt().isBefore(clock.instant()));
        model.addAttribute("finished", workflow.state(a.state()).terminal());
        model.addAttribute("error", error);
        return "applications/mine/application";
    }

    private Application own(String reference, Actor actor) {
        Application a = policy.visible(reference, actor);
        if (!policy.workflowRoles(actor, a).contains("APPLICANT")) {
            throw DomainException.notFound("applications.unknown", "there is no application " + reference
                    + " of yours", reference);
        }
        return a;
    }
}
