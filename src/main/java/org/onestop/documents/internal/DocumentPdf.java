package org.onestop.documents.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Map;
import org.onestop.catalog.Catalog;
import org.onestop.catalog.ServiceStandard;
import org.onestop.directory.Directory;
import org.onestop.directory.StateBody;
import org.onestop.kernel.Language;
import org.onestop.kernel.WorkingCalendar;
import org.onestop.kernel.pdf.HtmlPdf;
import org.springframework.stereotype.Component;

/**
 * A result document as a PDF in its holder's language: the type's template filled with the
 * issuing body's name, the number, the dates, the holder, the service and its result (or the
 * refusal ground cited), and the QR code that carries the signed token as a verification address.
 * Rendered from the stored document each time it is fetched, so the same document prints the same.
 */
@Component
class DocumentPdf {

    private final HtmlPdf pdf;
    private final DocumentTypes types;
    private final Catalog catalog;
    private final Directory directory;
    private final DocumentsProperties properties;

    DocumentPdf(HtmlPdf pdf, DocumentTypes types, Catalog catalog, Directory directory,
            DocumentsProperties properties) {
        this.pdf = pdf;
        this.types = types;
        this.catalog = catalog;
        this.directory = directory;
        this.properties = properties;
    }

    byte[] render(ResultDocument d) {
        Language language = d.language();
        DocumentTypes.DocumentType type = types.byCode(d.type());
        ServiceStandard standard = (d.standardVersionId() == null ? catalog.current(d.serviceCode())
                : catalog.version(d.standardVersionId())).orElseThrow();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale());
        Map<String, Object> model = new HashMap<>();
        model.put("lang", language.tag());
        model.put("title", type.name().in(language));
        model.put("body", directory.body(d.bodyCode()).map(StateBody::name).map(n -> n.in(language))
                .orElse(d.bodyCode()));
        model.put("number", d.number().formatted());
        model.put("issuedOn", dates.format(LocalDate.ofInstant(d.issuedAt(), WorkingCalendar.ZONE)));
        model.put("application", d.application().formatted());
        model.put("holderName", d.holderName());
        model.put("holderIin", d.holder().value());
        model.put("service", standard.name().in(language));
        model.put("result", standard.result().name().in(language));
        model.put("legalBasis", standard.legalBasis() == null ? null : standard.legalBasis().in(language));
        model.put("ground", d.ground() == null ? null : standard.refusalGrounds().stream()
                .filter(g -> g.number() == d.ground()).findFirst()
                .map(g -> g.number() + ". " + g.text().in(language)).orElse(String.valueOf(d.ground())));
        model.put("status", d.status().name());
        String address = verifyAddress(d.token());
        model.put("verifyAddress", address);
        model.put("qr", QrCode.dataUri(address));
        model.put("kid", d.kid());
        return pdf.render(type.template(), model, language.locale());
    }

    /** What the QR code holds: the public verification page of this token. */
    String verifyAddress(String token) {
        String base = properties.verifyUrl().toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/verify/" + token;
    }
}
