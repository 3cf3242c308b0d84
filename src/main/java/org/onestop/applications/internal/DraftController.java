package org.onestop.applications.internal;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.onestop.kernel.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A citizen's drafts over the API: save, resume, change, delete, and submit ({@link DraftFiling}).
 */
@RestController
@RequestMapping(path = "/api/v1/drafts", produces = "application/json")
@PreAuthorize("hasRole('CITIZEN')")
class DraftController {

    record DraftRequest(String service, String region, Map<String, String> form, Map<String, String> documents,
            String paymentReference) {
    }

    record SubmitRequest(String paymentReference, String language) {
    }

    record Submitted(String reference, String state) {
    }

    private final Drafts drafts;
    private final DraftFiling filing;

    DraftController(Drafts drafts, DraftFiling filing) {
        this.drafts = drafts;
        this.filing = filing;
    }

    @PostMapping
    ResponseEntity<Drafts.Draft> create(@RequestBody DraftRequest request, @AuthenticationPrincipal Actor actor) {
        Drafts.Draft draft = drafts.save(null, request.service(), request.region(), request.form(),
                request.documents(), request.paymentReference(), actor);
        return ResponseEntity.created(URI.create("/api/v1/drafts/" + draft.id())).body(draft);
    }

    @GetMapping
    List<Drafts.Draft> mine(@AuthenticationPrincipal Actor actor) {
        return drafts.mine(actor);
    }

    @GetMapping("/{id}")
    Drafts.Draft draft(@PathVariable UUID id, @AuthenticationPrincipal Actor actor) {
        return drafts.get(id, actor);
    }

    @PutMapping("/{id}")
    Drafts.Draft update(@PathVariable UUID id, @RequestBody DraftRequest request, @AuthenticationPrincipal Actor actor) {
        return drafts.save(id, request.service(), request.region(), request.form(), request.documents(),
                request.paymentReference(), actor);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id, @AuthenticationPrincipal Actor actor) {
        drafts.delete(id, actor, null);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/submit")
    ResponseEntity<Submitted> submit(@PathVariable UUID id, @RequestBody(required = false) SubmitRequest request,
            @AuthenticationPrincipal Actor actor) {
        SubmitRequest extra = request == null ? new SubmitRequest(null, null) : request;
        Application application = filing.file(id, extra.paymentReference(), extra.language(), actor);
        return ResponseEntity.created(URI.create("/api/v1/applications/" + application.reference().value()))
                .body(new Submitted(application.reference().formatted(), application.state()));
    }
}
