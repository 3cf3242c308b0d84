package org.onestop.applications.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.onestop.catalog.Catalog;
import org.onestop.catalog.ServiceStandard;
import org.onestop.directory.Directory;
import org.onestop.kernel.Actor;
import org.onestop.kernel.DomainException;
import org.onestop.kernel.Kzt;
import org.onestop.kernel.Language;
import org.onestop.kernel.MciRates;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartRequest;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.WebUtils;

/**
 * Applying online, page by page: a start page saying what is needed, then the steps of
 * {@link ApplySteps} saved to a draft as the citizen goes (so they can leave and come back), a
 * "check your answers" page with a change link per answer, and filing, which leads to the
 * application's own page with its reference number and due date. Plain forms: it all works with
 * JavaScript off.
 */
@Controller
@RequestMapping("/apply")
class ApplyPage {

    private final Catalog catalog;
    private final Directory directory;
    private final Drafts drafts;
    private final DraftFiling filing;
    private final ApplyForm form;
    private final AnswerRows rows;
    private final Clock clock;

    ApplyPage(Catalog catalog, Directory directory, Drafts drafts, DraftFiling filing, ApplyForm form, AnswerRows rows,
            Clock clock) {
        this.catalog = catalog;
        this.directory = directory;
        this.drafts = drafts;
        this.filing = filing;
        this.form = form;
        this.rows = rows;
        this.clock = clock;
    }

    @GetMapping("/{service}")
    String start(@PathVariable String service, Model model) {
        ServiceStandard standard = standard(service);
        model.addAttribute("standard", standard);
        model.addAttribute("fee", fee(standard));
        model.addAttribute("online", standard.channels().contains(ServiceStandard.Channel.ONLINE));
        model.addAttribute("documents", standard.documents().stream().filter(d -> !d.fetched()).toList());
        return "applications/apply/start";
    }

    @PostMapping("/{service}")
    @PreAuthorize("hasRole('CITIZEN')")
    String begin(@PathVariable String service, @AuthenticationPrincipal Actor actor) {
        ServiceStandard standard = standard(service);
        if (!standard.channels().contains(ServiceStandard.Channel.ONLINE)) {
            throw DomainException.invalid("applications.channel.closed", "not online", "ONLINE");
        }
        Drafts.Draft draft = drafts.save(null, service, null, Map.of(), Map.of(), null, actor);
        return "redirect:/apply/drafts/" + draft.id() + "/region";
    }

    @GetMapping("/drafts/{id}/check")
    @PreAuthorize("hasRole('CITIZEN')")
    String check(@PathVariable UUID id, @AuthenticationPrincipal Actor actor, Model model) {
        return checkPage(drafts.get(id, actor), model, null);
    }

    @PostMapping("/drafts/{id}/submit")
    @PreAuthorize("hasRole('CITIZEN')")
    ModelAndView submit(@PathVariable UUID id, @AuthenticationPrincipal Actor actor, Locale locale, Model model) {
        Drafts.Draft draft = drafts.get(id, actor);
        try {
            Application filed = filing.file(id, null, Language.of(locale, Language.KK).tag(), actor);
            return new ModelAndView("redirect:/my/applications/" + filed.reference().formatted() + "?filed");
        } catch (DomainException e) {
            ModelAndView page = new ModelAndView(checkPage(draft, model, form.error(e,
                    label(standard(draft.service()), e, Language.of(locale, Language.KK)), locale)));
            page.setStatus(HttpStatus.BAD_REQUEST);
            return page;
        }
    }

    @GetMapping("/drafts/{id}/{step}")
    @PreAuthorize("hasRole('CITIZEN')")
    String step(@PathVariable UUID id, @PathVariable String step, @RequestParam(required = false) String back,
            @AuthenticationPrincipal Actor actor, Model model) {
        Drafts.Draft draft = drafts.get(id, actor);
        return stepPage(draft, step, back, model, Map.of(), draft.form());
    }

    @PostMapping("/drafts/{id}/{step}")
    @PreAuthorize("hasRole('CITIZEN')")
    ModelAndView save(@PathVariable UUID id, @PathVariable String step, @RequestParam(required = false) String back,
            @RequestParam(required = false) String later, @RequestParam MultiValueMap<String, String> params,
            HttpServletRequest request, @AuthenticationPrincipal Actor actor, Locale locale, Model model) {
        Drafts.Draft draft = drafts.get(id, actor);
        ServiceStandard standard = standard(draft.service());
        ApplySteps.Step current = find(standard, step);
        ApplyForm.Outcome outcome = form.read(current, draft, params, WebUtils.getNativeRequest(request, MultipartRequest.class),
                actor, locale, later != null);
        Drafts.Draft saved = drafts.save(id, draft.service(), outcome.region(), outcome.answers(),
                outcome.documents(), outcome.payment(), actor);
        if (!outcome.errors().isEmpty()) {
            Map<String, String> entered = params.toSingleValueMap();
            ModelAndView page = new ModelAndView(stepPage(saved, step, back, model, outcome.errors(), entered));
            page.setStatus(HttpStatus.BAD_REQUEST);
            return page;
        }
        if (later != null) {
            return new ModelAndView("redirect:/my/applications?saved");
        }
        String next = "check".equals(back) ? "check" : ApplySteps.next(steps(standard), current);
        return new ModelAndView("redirect:/apply/drafts/" + id + "/" + next);
    }

    private String stepPage(Drafts.Draft draft, String stepId, String back, Model model, Map<String, String> errors,
            Map<String, String> values) {
        ServiceStandard standard = standard(draft.service());
        List<ApplySteps.Step> steps = steps(standard);
        ApplySteps.Step step = find(standard, stepId);
        model.addAttribute("draft", draft);
        model.addAttribute("standard", standard);
        model.addAttribute("step", step);
        model.addAttribute("number", steps.indexOf(step) + 1);
        model.addAttribute("count", steps.size());
        model.addAttribute("previous", "check".equals(back) ? "check" : ApplySteps.previous(steps, step));
        model.addAttribute("back", back);
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        model.addAttribute("regions", directory.regions());
        model.addAttribute("fee", fee(standard));
        return "applications/apply/step";
    }

    private String checkPage(Drafts.Draft draft, Model model, String error) {
        ServiceStandard standard = standard(draft.service());
        model.addAttribute("draft", draft);
        model.addAttribute("standard", standard);
        model.addAttribute("rows", rows.of(draft, standard, steps(standard), fee(standard),
                org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        model.addAttribute("error", error);
        return "applications/apply/check";
    }

    private static String label(ServiceStandard standard, DomainException e, Language language) {
        String named = e.arguments().length > 0 ? String.valueOf(e.arguments()[0]) : "";
        return standard.form().stream().filter(f -> f.name().equals(named)).map(f -> f.label().in(language))
                .findFirst().orElseGet(() -> standard.documents().stream().filter(d -> d.code().equals(named))
                        .map(d -> d.name().in(language)).findFirst().orElse(named));
    }

    private ApplySteps.Step find(ServiceStandard standard, String step) {
        return ApplySteps.find(steps(standard), step).orElseThrow(() -> DomainException.notFound(
                "applications.page.step", "there is no such page of the application"));
    }

    private List<ApplySteps.Step> steps(ServiceStandard standard) {
        return ApplySteps.of(standard, !fee(standard).isZero());
    }

    private Kzt fee(ServiceStandard standard) {
        return standard.fee().inTenge(MciRates.kazakhstan(), LocalDate.now(clock));
    }

    private ServiceStandard standard(String service) {
        return catalog.current(service).orElseThrow(() -> DomainException.notFound("catalog.service.unknown",
                "there is no service " + service, service));
    }
}
