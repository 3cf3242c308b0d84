package org.onestop.catalog.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.onestop.catalog.Catalog;
import org.onestop.catalog.LifeEvent;
import org.onestop.catalog.ServiceQuery;
import org.onestop.catalog.ServiceStandard;
import org.onestop.kernel.Actor;
import org.onestop.kernel.DomainException;
import org.onestop.kernel.Language;
import org.springframework.format.annotation.DateTimeFormat;
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

/**
 * The register's API: public reading (search, a service and its versions, its charter, life
 * events, the functional review) and publishing a new version, by a catalog administrator only.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
class ServiceController {

    /** A service in a list: its current version, named in one language. */
    record Summary(String code, int version, String name, String provider, String providerKind,
            List<ServiceStandard.Channel> channels, String deadline, int visits) {
    }

    /** A version as published, with its place among the versions. */
    record Version(String code, int version, long versionId, LocalDate effectiveFrom, StandardEntry standard) {
    }

    record LifeEventResponse(String code, String name, String description, List<Summary> services) {
    }

    record OverlapResponse(String resultType, ServiceStandard.ApplicantKind applicant, List<Summary> services) {
    }

    private final Catalog catalog;
    private final Charters charters;
    private final Overlaps overlaps;
    private final Publishing publishing;
    private final org.springframework.context.MessageSource messages;

    ServiceController(Catalog catalog, Charters charters, Overlaps overlaps, Publishing publishing,
            org.springframework.context.MessageSource messages) {
        this.catalog = catalog;
        this.charters = charters;
        this.overlaps = overlaps;
        this.publishing = publishing;
        this.messages = messages;
    }

    @GetMapping("/services")
    List<Summary> search(@RequestParam(required = false) String q, @RequestParam(required = false) String body,
            @RequestParam(required = false) String channel, @RequestParam(name = "life-event", required = false)
            String lifeEvent, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
            Locale locale) {
        Language language = Language.of(locale, Language.KK);
        return catalog.search(new ServiceQuery(q, blankToNull(body), channel(channel), blankToNull(lifeEvent), page,
                size)).stream().map(s -> summary(s, language)).toList();
    }

    @GetMapping("/services/{code}")
    Version service(@PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        ServiceStandard standard = (on == null ? catalog.current(code) : catalog.inForce(code, on))
                .orElseThrow(() -> unknown(code));
        return version(standard);
    }

    @GetMapping("/services/{code}/versions")
    List<Version> versions(@PathVariable String code) {
        List<ServiceStandard> versions = catalog.versions(code);
        if (versions.isEmpty()) {
            throw unknown(code);
        }
        return versions.stream().map(ServiceController::version).toList();
    }

    @GetMapping("/services/{code}/charter")
    Charters.Charter charter(@PathVariable String code, Locale locale) {
        return charters.of(catalog.current(code).orElseThrow(() -> unknown(code)), Language.of(locale, Language.KK));
    }

    @PostMapping("/services/{code}/versions")
    @PreAuthorize("hasRole('CATALOG_ADMIN')")
    ResponseEntity<Version> publish(@PathVariable String code, @RequestBody StandardEntry entry,
            @AuthenticationPrincipal Actor actor) {
        ServiceStandard published = publishing.publish(code, entry, actor);
        return ResponseEntity.created(URI.create("/api/v1/services/" + code + "/versions/" + published.version()))
                .body(version(published));
    }

    @GetMapping("/life-events")
    List<LifeEventResponse> lifeEvents(Locale locale) {
        Language language = Language.of(locale, Language.KK);
        return catalog.lifeEvents().stream().map(event -> new LifeEventResponse(event.code(), event.name().in(language),
                event.description().in(language), event.serviceCodes().stream().map(catalog::current)
                        .flatMap(java.util.Optional::stream).map(s -> summary(s, language)).toList())).toList();
    }

    @GetMapping("/services/overlaps")
    List<OverlapResponse> overlaps(Locale locale) {
        Language language = Language.of(locale, Language.KK);
        return overlaps.current().stream().map(o -> new OverlapResponse(o.resultType(), o.applicant(),
                o.services().stream().map(s -> summary(s, language)).toList())).toList();
    }

    private Summary summary(ServiceStandard s, Language language) {
        return new Summary(s.code(), s.version(), s.name().in(language),
                s.provider().bodyCode(), s.provider().kind().name().toLowerCase(Locale.ROOT),
                s.channels().stream().sorted().toList(), Wording.deadline(messages, s.deadline(), language), s.visits());
    }

    private static Version version(ServiceStandard s) {
        return new Version(s.code(), s.version(), s.versionId(), s.effectiveFrom(), StandardEntries.of(s));
    }

    private static ServiceStandard.Channel channel(String channel) {
        if (channel == null || channel.isBlank()) {
            return null;
        }
        try {
            return ServiceStandard.Channel.valueOf(channel.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("catalog.channel.unknown", "channel '" + channel
                    + "' is not one of online, service_centre, provider_office", channel);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static DomainException unknown(String code) {
        return DomainException.notFound("catalog.service.unknown", "there is no service " + code, code);
    }
}
