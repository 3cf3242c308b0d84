package org.onestop.documents.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.onestop.kernel.Actor;
import org.onestop.kernel.Language;
import org.onestop.kernel.ReferenceNumber;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Result documents over the API (and the PDF in the browser session at {@code /documents/{id}/pdf}):
 * an application's documents, one document, its PDF, revocation by a head and re-issue.
 */
@RestController
@PreAuthorize("isAuthenticated()")
class DocumentController {

    /** A document as its readers see it; the holder and the body see how often it was verified. */
    record View(UUID id, String number, String type, String typeName, String application, String body,
            String holder, Instant issuedAt, String status, String statusName, Instant revokedAt, String revocationReason,
            UUID supersededBy, long verifications, Instant lastVerifiedAt, String pdf) {
    }

    record RevokeRequest(String reason) {
    }

    private final DocumentPolicy policy;
    private final DocumentStore store;
    private final DocumentDownloads downloads;
    private final Revocation revocation;
    private final Issuance issuance;
    private final DocumentTypes types;
    private final MessageSource messages;

    DocumentController(DocumentPolicy policy, DocumentStore store, DocumentDownloads downloads, Revocation revocation,
            Issuance issuance, DocumentTypes types, MessageSource messages) {
        this.policy = policy;
        this.store = store;
        this.downloads = downloads;
        this.revocation = revocation;
        this.issuance = issuance;
        this.types = types;
        this.messages = messages;
    }

    @GetMapping(path = "/api/v1/documents", produces = "application/json")
    List<View> ofApplication(@RequestParam String application, @AuthenticationPrincipal Actor actor, Locale locale) {
        return store.ofApplications(List.of(ReferenceNumber.parse(application).value())).stream()
                .filter(d -> policy.maySee(actor, d)).map(d -> view(d, locale)).toList();
    }

    @GetMapping(path = "/api/v1/documents/{id}", produces = "application/json")
    View one(@PathVariable String id, @AuthenticationPrincipal Actor actor, Locale locale) {
        return view(policy.visible(id, actor), locale);
    }

    @GetMapping({"/api/v1/documents/{id}/pdf", "/documents/{id}/pdf"})
    ResponseEntity<byte[]> pdf(@PathVariable String id, @AuthenticationPrincipal Actor actor) {
        return downloads.send(id, actor);
    }

    @PostMapping(path = "/api/v1/documents/{id}/revoke", produces = "application/json")
    @PreAuthorize("hasRole('HEAD')")
    View revoke(@PathVariable String id, @RequestBody RevokeRequest request, @AuthenticationPrincipal Actor actor,
            Locale locale) {
        return view(revocation.revoke(id, request.reason(), actor), locale);
    }

    @PostMapping(path = "/api/v1/documents/{id}/reissue", produces = "application/json")
    @PreAuthorize("hasAnyRole('OFFICER', 'HEAD')")
    ResponseEntity<View> reissue(@PathVariable String id, @AuthenticationPrincipal Actor actor, Locale locale) {
        ResultDocument old = policy.visible(id, actor);
        policy.checkReissue(actor, old);
        ResultDocument issued = issuance.reissue(old, actor);
        return ResponseEntity.created(java.net.URI.create("/api/v1/documents/" + issued.id()))
                .body(view(issued, locale));
    }

    private View view(ResultDocument d, Locale locale) {
        Language language = Language.of(locale, Language.KK);
        return new View(d.id(), d.number().formatted(), d.type(), types.byCode(d.type()).name().in(language),
                d.application().formatted(), d.bodyCode(), d.holderMasked(), d.issuedAt(), d.status().name(),
                messages.getMessage("documents.status." + d.status().name(), null, locale), d.revokedAt(),
                d.revocationReason(), d.supersededBy(), d.verifications(), d.lastVerifiedAt(),
                "/api/v1/documents/" + d.id() + "/pdf");
    }
}
