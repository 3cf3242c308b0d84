package org.onestop.kernel.web;

import java.net.URI;
import java.util.Locale;
import java.util.UUID;
import org.onestop.kernel.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the API as an RFC 9457 problem document in the request's language: domain
 * rules with their stable {@code code}, Spring MVC's own errors (unknown path, wrong method,
 * unreadable body) with messages from our bundles, and anything unexpected as a 500 that names
 * an incident number for support and nothing else — no stack trace, no exception text.
 */
@RestControllerAdvice
class ApiProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

    private final MessageSource messages;

    ApiProblemHandler(MessageSource messages) {
        this.messages = messages;
        setMessageSource(messages);
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domainRuleBroken(DomainException e, Locale locale) {
        HttpStatus status = switch (e.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case PRECONDITION_FAILED -> HttpStatus.PRECONDITION_FAILED;
            case TOO_MANY_REQUESTS -> HttpStatus.TOO_MANY_REQUESTS;
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage("error." + e.code(), e.arguments(), e.getMessage(), locale));
        problem.setTitle(title(status, locale));
        problem.setType(URI.create("/problems/" + e.code()));
        problem.setProperty("code", e.code());
        return ResponseEntity.status(status).body(problem);
    }

    /** Method security said no: the caller is known but may not do this. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e, Locale locale) {
        return domainRuleBroken(DomainException.forbidden("forbidden", "you may not do this"), locale);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, Locale locale) {
        String incident = UUID.randomUUID().toString();
        log.error("Incident {}: unexpected error", incident, e);
        HttpStatus status = HttpStatus.INTERNAL_SERVER_ERROR;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage("error.internal", new Object[] {incident},
                        "Something went wrong on our side. If it happens again, quote incident " + incident + ".",
                        locale));
        problem.setTitle(title(status, locale));
        problem.setProperty("code", "internal");
        problem.setProperty("incident", incident);
        return ResponseEntity.status(status).body(problem);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem
                && (problem.getProperties() == null || !problem.getProperties().containsKey("code"))) {
            problem.setProperty("code", "http." + statusCode.value());
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private String title(HttpStatus status, Locale locale) {
        return messages.getMessage("title." + status.value(), null, status.getReasonPhrase(), locale);
    }
}
