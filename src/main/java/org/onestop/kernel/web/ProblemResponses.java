package org.onestop.kernel.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem document straight to a servlet response, for the places that answer before
 * a controller is reached (security filters, request size limits), in the same shape and
 * language as {@link ApiProblemHandler}'s.
 */
@Component
public class ProblemResponses {

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    ProblemResponses(MessageSource messages, LocaleResolver locales, JsonMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    /** Answers with {@code status}; the detail is message {@code error.<code>}, else {@code englishDetail}. */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
            String englishDetail, Object... arguments) throws IOException {
        Locale locale = locales.resolveLocale(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage("error." + code, arguments, englishDetail, locale));
        problem.setTitle(messages.getMessage("title." + status.value(), null, status.getReasonPhrase(), locale));
        problem.setType(URI.create("/problems/" + code));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("code", code);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setHeader("Content-Language", locale.getLanguage());
        json.writeValue(response.getOutputStream(), problem);
    }
}
