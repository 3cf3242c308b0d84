package org.onestop.identity.internal;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.onestop.directory.Directory;
import org.onestop.kernel.Actor;
import org.onestop.kernel.DomainException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * API tokens for agency systems: issued for one body by a system admin or that body's head
 * (or the head of a body above it), listed, and revoked. The token itself is in the answer to
 * its creation and nowhere else.
 */
@RestController
@RequestMapping(path = "/api/v1/api-tokens", produces = "application/json")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'HEAD')")
class ApiTokenController {

    record CreateRequest(String body, String name, Integer validDays) {
    }

    record Created(UUID id, String token, String body, String name, Instant expiresAt) {
    }

    private final Tokens tokens;
    private final IdentityPolicy policy;
    private final Directory directory;
    private final IdentityProperties properties;
    private final IdentityAudit audit;

    ApiTokenController(Tokens tokens, IdentityPolicy policy, Directory directory, IdentityProperties properties,
            IdentityAudit audit) {
        this.tokens = tokens;
        this.policy = policy;
        this.directory = directory;
        this.properties = properties;
        this.audit = audit;
    }

    @PostMapping
    ResponseEntity<Created> create(@RequestBody CreateRequest request, @AuthenticationPrincipal Actor actor) {
        if (request.body() == null || directory.body(request.body()).isEmpty()) {
            throw DomainException.notFound("directory.body.unknown", "there is no state body with code "
                    + request.body(), request.body());
        }
        if (!policy.mayManageTokensOf(actor, request.body())) {
            throw DomainException.forbidden("forbidden", "you may not do this");
        }
        if (request.name() == null || request.name().isBlank() || request.name().length() > 100) {
            throw DomainException.invalid("identity.token.name", "give the API token a name of up to 100 characters");
        }
        long maxDays = properties.agencyTokenMaxValidity().toDays();
        int days = request.validDays() == null ? 90 : request.validDays();
        if (days < 1 || days > maxDays) {
            throw DomainException.invalid("identity.token.validity",
                    "an API token is valid for 1 to " + maxDays + " days", maxDays);
        }
        Tokens.Issued issued = audit.tokenIssued(actor, request.body(), request.name().strip(),
                () -> tokens.issueAgency(request.body(), request.name().strip(), Duration.ofDays(days), actor));
        return ResponseEntity.created(URI.create("/api/v1/api-tokens/" + issued.id()))
                .body(new Created(issued.id(), issued.token(), request.body(), request.name().strip(),
                        issued.expiresAt()));
    }

    @GetMapping
    List<Tokens.AgencyToken> list(@AuthenticationPrincipal Actor actor) {
        return tokens.agencyTokens(policy.tokenBodies(actor));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(@PathVariable UUID id, @AuthenticationPrincipal Actor actor) {
        Tokens.AgencyToken token = tokens.agencyToken(id)
                .filter(t -> policy.mayManageTokensOf(actor, t.bodyCode()))
                .orElseThrow(() -> DomainException.notFound("identity.token.unknown",
                        "there is no API token " + id + " you may see", id));
        audit.tokenRevoked(actor, token, () -> tokens.revokeAgency(id));
        return ResponseEntity.noContent().build();
    }
}
