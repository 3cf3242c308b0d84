package org.onestop.kernel.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over {@code onestop.web.max-request-size} (default 1 MB) with a 413
 * problem before anything reads them, and bodies of unstated length (chunked) with a 411, since
 * their size cannot be checked up front. Multipart uploads have their own limits
 * ({@code spring.servlet.multipart.*}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimit extends OncePerRequestFilter {

    private final ProblemResponses problems;
    private final DataSize limit;

    RequestSizeLimit(ProblemResponses problems, WebProperties properties) {
        this.problems = problems;
        this.limit = properties.maxRequestSize();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        boolean multipart = type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
        long length = request.getContentLengthLong();
        boolean chunked = length < 0 && "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"));
        if (!multipart && length > limit.toBytes()) {
            problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, "request.too-large",
                    "the request is larger than " + limit.toKilobytes() + " KB", String.valueOf(limit.toKilobytes()));
            return;
        }
        if (!multipart && chunked) {
            problems.write(request, response, HttpStatus.LENGTH_REQUIRED, "request.length-required",
                    "send the request with a Content-Length header");
            return;
        }
        chain.doFilter(request, response);
    }
}
