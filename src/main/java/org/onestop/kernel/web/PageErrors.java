package org.onestop.kernel.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.onestop.kernel.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors of pages become the friendly error page ({@code templates/error.html}) in the
 * visitor's language: the status is sent with {@code sendError}, and the servlet container shows
 * the error page, which names the status and, for a failure of ours, an incident number that is
 * also in the log — never an exception's text or a stack trace. Errors of the API (anything under
 * {@code /api/}, and every {@code @ResponseBody} handler) are left to {@link ApiProblemHandler}.
 */
@Component
class PageErrors implements HandlerExceptionResolver, Ordered {

    /** The request attribute that carries the incident number to the error page. */
    static final String INCIDENT = "incident";

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception e) {
        if (!isPage(request, handler)) {
            return null;
        }
        int status = status(e);
        if (status >= 500) {
            String incident = UUID.randomUUID().toString();
            log.error("Incident {}: unexpected error on page {}", incident, request.getRequestURI(), e);
            request.setAttribute(INCIDENT, incident);
        }
        try {
            response.sendError(status);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return new ModelAndView();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    private static boolean isPage(HttpServletRequest request, Object handler) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/") || path.startsWith("/actuator/") || path.startsWith("/v3/api-docs")) {
            return false;
        }
        return !(handler instanceof HandlerMethod method)
                || !(AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ResponseBody.class)
                        || method.hasMethodAnnotation(ResponseBody.class));
    }

    private static int status(Exception e) {
        if (e instanceof DomainException domain) {
            return switch (domain.kind()) {
                case INVALID -> HttpStatus.BAD_REQUEST.value();
                case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED.value();
                case FORBIDDEN -> HttpStatus.FORBIDDEN.value();
                case NOT_FOUND -> HttpStatus.NOT_FOUND.value();
                case CONFLICT -> HttpStatus.CONFLICT.value();
                case PRECONDITION_FAILED -> HttpStatus.PRECONDITION_FAILED.value();
                case TOO_MANY_REQUESTS -> HttpStatus.TOO_MANY_REQUESTS.value();
            };
        }
        if (e instanceof AccessDeniedException) {
            return HttpStatus.FORBIDDEN.value();
        }
        if (e instanceof ErrorResponse known) {
            return known.getStatusCode().value();
        }
        return HttpStatus.INTERNAL_SERVER_ERROR.value();
    }
}
