package org.onestop.kernel.web;

import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * What the error page may show: the status, which of the page's texts fits it ({@code kind}:
 * 400, 403, 404, 429 or 500) and, for a failure of ours, the incident number {@link PageErrors}
 * logged. Exception texts and stack traces are never among them ({@code server.error.*}).
 */
@Component
class ErrorPageAttributes extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        int status = attributes.get("status") instanceof Integer code ? code : 500;
        attributes.put("kind", kind(status));
        Object incident = request.getAttribute(PageErrors.INCIDENT, RequestAttributes.SCOPE_REQUEST);
        if (incident != null) {
            attributes.put(PageErrors.INCIDENT, incident);
        }
        return attributes;
    }

    static int kind(int status) {
        if (status == 403 || status == 404 || status == 429) {
            return status;
        }
        return status >= 500 ? 500 : 400;
    }
}
