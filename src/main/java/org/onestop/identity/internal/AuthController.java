package org.onestop.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Locale;
import org.onestop.kernel.Actor;
import org.onestop.kernel.Language;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Logging in to the API, logging out of it, and registering as a citizen. */
@RestController
@RequestMapping(path = "/api/v1/auth", produces = "application/json")
class AuthController {

    record TokenRequest(String login, String password) {
    }

    record TokenResponse(String accessToken, String tokenType, long expiresIn, Instant expiresAt) {
    }

    record RegisterRequest(String iin, String phone, String email, String password, String language) {
    }

    record ConfirmRequest(String iin, String code) {
    }

    record Message(String message) {
    }

    private final Authenticator authenticator;
    private final Tokens tokens;
    private final Registration registration;
    private final IdentityProperties properties;
    private final MessageSource messages;
    private final IdentityAudit audit;

    AuthController(Authenticator authenticator, Tokens tokens, Registration registration,
            IdentityProperties properties, MessageSource messages, IdentityAudit audit) {
        this.authenticator = authenticator;
        this.tokens = tokens;
        this.registration = registration;
        this.properties = properties;
        this.messages = messages;
        this.audit = audit;
    }

    @PostMapping("/token")
    TokenResponse token(@RequestBody TokenRequest request, HttpServletRequest http) {
        Actor actor = authenticator.authenticate(request.login(), request.password(), http.getRemoteAddr());
        Tokens.Issued issued = audit.loggedIn(actor, () -> tokens.issueAccess(actor, properties.accessTokenTtl()));
        return new TokenResponse(issued.token(), "Bearer", properties.accessTokenTtl().toSeconds(), issued.expiresAt());
    }

    @PostMapping("/token/revoke")
    ResponseEntity<Void> revoke(@RequestHeader(HttpHeaders.AUTHORIZATION) String authorization,
            @AuthenticationPrincipal Actor actor) {
        String token = authorization.substring("Bearer ".length()).strip();
        audit.loggedOut(actor, () -> tokens.revokePresented(token));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/register")
    ResponseEntity<Message> register(@RequestBody RegisterRequest request, HttpServletRequest http, Locale locale) {
        Language language = request.language() == null ? Language.of(locale, Language.KK)
                : Language.ofTag(request.language());
        registration.register(new Registration.Request(request.iin(), request.phone(), request.email(),
                request.password(), language), http.getRemoteAddr());
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(new Message(messages.getMessage("registration.sent", null, language.locale())));
    }

    @PostMapping("/register/confirm")
    ResponseEntity<Void> confirm(@RequestBody ConfirmRequest request) {
        registration.confirm(request.iin(), request.code());
        return ResponseEntity.noContent().build();
    }
}
