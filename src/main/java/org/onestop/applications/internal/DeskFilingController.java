package org.onestop.applications.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.onestop.catalog.Catalog;
import org.onestop.catalog.ServiceQuery;
import org.onestop.catalog.ServiceStandard;
import org.onestop.directory.Directory;
import org.onestop.directory.ServiceCentre;
import org.onestop.kernel.Actor;
import org.onestop.kernel.DomainException;
import org.onestop.kernel.Iin;
import org.onestop.kernel.Language;
import org.onestop.kernel.MciRates;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

/**
 * The centre desk's filing for a walk-in applicant: the IIN from their identity document (its
 * check digit verified) and a service open at centres; then the standard's form, the scans of the
 * documents they brought and their recorded consent, filed through {@link Submission} under an
 * idempotency key made when the form was shown, so a double click files once.
 */
@Controller
@PreAuthorize("hasRole('OPERATOR')")
class DeskFilingController {

    private final Catalog catalog;
    private final Directory directory;
    private final Submission submission;
    private final Uploads uploads;
    private final ApplicationStore store;
    private final WorkspaceText text;
    private final java.time.Clock clock;

    DeskFilingController(Catalog catalog, Directory directory, Submission submission, Uploads uploads,
            ApplicationStore store, WorkspaceText text, java.time.Clock clock) {
        this.catalog = catalog;
        this.directory = directory;
        this.submission = submission;
        this.uploads = uploads;
        this.store = store;
        this.text = text;
        this.clock = clock;
    }

    @GetMapping("/desk")
    String start(Model model, Locale locale) {
        return start("", "", Map.of(), model, locale);
    }

    @PostMapping("/desk/applicant")
    String applicant(@RequestParam(defaultValue = "") String iin, @RequestParam(defaultValue = "") String service,
            @AuthenticationPrincipal Actor actor, Model model, Locale locale, HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<ServiceStandard> standard = atCentres(service);
        if (standard.isEmpty()) {
            errors.put("service", text.message("desk.service.required", locale));
        }
        try {
            Iin.parse(iin);
        } catch (DomainException e) {
            errors.put("iin", text.error(e, locale));
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return start(iin, service, errors, model, locale);
        }
        return form(actor, standard.get(), Iin.parse(iin), UUID.randomUUID().toString(), Map.of(), Map.of(), "",
                false, Map.of(), model, locale);
    }

    @PostMapping("/desk/applications")
    String file(@RequestParam Map<String, String> params, HttpServletRequest request,
            @AuthenticationPrincipal Actor actor, Model model, Locale locale, HttpServletResponse response) {
        String key = params.getOrDefault("key", "").strip();
        Optional<ServiceStandard> standard = atCentres(params.getOrDefault("service", ""));
        if (standard.isEmpty() || !Iin.isValid(params.get("iin")) || key.isEmpty() || key.length() > 100) {
            return applicant(params.getOrDefault("iin", ""), params.getOrDefault("service", ""), actor, model,
                    locale, response);
        }
        Optional<Application> earlier = store.byIdempotency(actor.id(), key).flatMap(e -> store.byId(e.getValue()));
        if (earlier.isPresent()) {
            return receipt(earlier.get());
        }
        ServiceStandard service = standard.get();
        Language language = WorkspaceText.language(locale);
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, Uploads.Upload> documents = documents(service, params, request, actor, errors, locale);
        Map<String, String> answers = DeskForm.answers(service, params);
        boolean consent = "true".equals(params.get("consent"));
        String payment = params.getOrDefault("paymentReference", "");
        if (errors.isEmpty()) {
            Map<String, String> ids = new LinkedHashMap<>();
            documents.forEach((code, upload) -> ids.put(code, upload.id().toString()));
            try {
                Application a = submission.submit(new Submission.Request(service.code(), centre(actor).regionCode(),
                        answers, ids, payment, params.get("iin"), consent, language.tag()), actor, key);
                return receipt(a);
            } catch (DomainException e) {
                var again = store.byIdempotency(actor.id(), key).flatMap(x -> store.byId(x.getValue()));
                if (again.isPresent()) {
                    return receipt(again.get());
                }
                Map.Entry<String, String> field = DeskForm.fieldOf(e, service, answers, language);
                errors.put(field.getKey(), field.getValue().isEmpty() ? text.error(e, locale)
                        : text.error(e, locale, field.getValue()));
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return form(actor, service, Iin.parse(params.get("iin")), key, answers, documents, payment, consent, errors,
                model, locale);
    }

    /** The uploads for the standard's documents: files sent now, else those kept from an earlier try. */
    private Map<String, Uploads.Upload> documents(ServiceStandard service, Map<String, String> params,
            HttpServletRequest request, Actor actor, Map<String, String> errors, Locale locale) {
        Map<String, Uploads.Upload> documents = new LinkedHashMap<>();
        for (ServiceStandard.RequiredDocument document : service.documents()) {
            if (document.fetched()) {
                continue;
            }
            MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request,
                    MultipartHttpServletRequest.class);
            MultipartFile file = multipart == null ? null : multipart.getFile("doc." + document.code());
            String kept = params.get("kept." + document.code());
            try {
                if (file != null && !file.isEmpty()) {
                    try (InputStream content = file.getInputStream()) {
                        documents.put(document.code(), uploads.store(actor, file.getOriginalFilename(), content));
                    }
                } else if (kept != null && !kept.isBlank()) {
                    documents.put(document.code(), uploads.own(Uploads.parse(kept), actor));
                }
            } catch (DomainException e) {
                errors.put("doc." + document.code(), text.error(e, locale));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return documents;
    }

    private String form(Actor actor, ServiceStandard service, Iin iin, String key, Map<String, String> answers,
            Map<String, Uploads.Upload> documents, String payment, boolean consent, Map<String, String> errors,
            Model model, Locale locale) {
        Language language = WorkspaceText.language(locale);
        ServiceCentre centre = centre(actor);
        var fee = service.fee().inTenge(MciRates.kazakhstan(), java.time.LocalDate.now(clock));
        model.addAttribute("form", new DeskForm(iin.value(), DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(language.locale()).format(iin.birthDate()), service.code(), service.name().in(language),
                directory.region(centre.regionCode()).map(r -> r.name().in(language)).orElse(centre.regionCode()),
                centre.name().in(language), key, fee.isZero() ? null : fee.format(language), payment, consent,
                DeskForm.fields(service, answers, language, text.message("desk.yes", locale),
                        text.message("desk.no", locale)),
                service.documents().stream().filter(d -> !d.fetched()).map(d -> new DeskForm.Document(d.code(),
                        d.name().in(language), d.mandatory(), Optional.ofNullable(documents.get(d.code()))
                                .map(u -> u.id().toString()).orElse(null), Optional.ofNullable(documents.get(d.code()))
                                .map(Uploads.Upload::fileName).orElse(null))).toList(),
                errors));
        return "applications/desk/form";
    }

    private String start(String iin, String service, Map<String, String> errors, Model model, Locale locale) {
        Language language = WorkspaceText.language(locale);
        List<WorkspaceController.Option> services = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<ServiceStandard> found = catalog.search(new ServiceQuery(null, null,
                    ServiceStandard.Channel.SERVICE_CENTRE, null, page, 100));
            found.forEach(s -> services.add(new WorkspaceController.Option(s.code(),
                    s.code() + " " + s.name().in(language))));
            if (found.size() < 100) {
                break;
            }
        }
        model.addAttribute("services", services);
        model.addAttribute("iin", iin);
        model.addAttribute("service", service);
        model.addAttribute("errors", errors);
        return "applications/desk/start";
    }

    private Optional<ServiceStandard> atCentres(String service) {
        return catalog.current(service.strip())
                .filter(s -> s.channels().contains(ServiceStandard.Channel.SERVICE_CENTRE));
    }

    private ServiceCentre centre(Actor actor) {
        return Optional.ofNullable(actor.centreCode()).flatMap(directory::centre)
                .orElseThrow(() -> DomainException.forbidden("forbidden", "you serve at no centre"));
    }

    private static String receipt(Application a) {
        return "redirect:/desk/receipts/" + a.reference().formatted();
    }
}
