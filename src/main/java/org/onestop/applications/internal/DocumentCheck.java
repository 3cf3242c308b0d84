package org.onestop.applications.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.onestop.catalog.ServiceStandard;
import org.onestop.catalog.ServiceStandard.RequiredDocument;
import org.onestop.kernel.DomainException;

/**
 * Checks the documents given with an application against the standard in force: each names one of
 * the standard's documents that the applicant provides (not one the body fetches from state
 * databases itself), and every mandatory one is given. Returns document code to upload id, in the
 * standard's order.
 */
final class DocumentCheck {

    private DocumentCheck() {
    }

    static Map<String, String> check(ServiceStandard standard, Map<String, String> given, boolean requireMandatory) {
        Map<String, String> documents = given == null ? Map.of() : given;
        for (String code : documents.keySet()) {
            if (standard.documents().stream().noneMatch(d -> d.code().equals(code) && !d.fetched())) {
                throw DomainException.invalid("applications.document.unknown",
                        "the service asks for no document " + code + " from the applicant", code);
            }
        }
        Map<String, String> checked = new LinkedHashMap<>();
        for (RequiredDocument document : standard.documents()) {
            String upload = documents.get(document.code());
            if (upload == null || upload.isBlank()) {
                if (requireMandatory && document.mandatory() && !document.fetched()) {
                    throw DomainException.invalid("applications.document.missing",
                            "upload the document " + document.code(), document.code());
                }
                continue;
            }
            checked.put(document.code(), upload.strip());
        }
        return checked;
    }
}
