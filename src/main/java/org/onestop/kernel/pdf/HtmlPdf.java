package org.onestop.kernel.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a Thymeleaf template to a PDF: the template's HTML and CSS are laid out by
 * openhtmltopdf on PDFBox, with DejaVu Sans (regular and bold) embedded as the family
 * {@value #FONT}, so Kazakh and Russian letters print on any machine. Messages
 * ({@code #{…}}) are read in the given locale. Images may be given inline as {@code data:} URIs;
 * nothing is fetched from the network.
 */
@Component
public class HtmlPdf {

    /** The font family a template names in its CSS to use the embedded fonts. */
    public static final String FONT = "DejaVu Sans";

    private final ITemplateEngine templates;
    private final byte[] regular;
    private final byte[] bold;

    public HtmlPdf(ITemplateEngine templates) {
        this.templates = templates;
        this.regular = font("fonts/DejaVuSans.ttf");
        this.bold = font("fonts/DejaVuSans-Bold.ttf");
        // openhtmltopdf logs each font load at INFO on every rendering; warnings and errors are enough
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    /** The PDF of {@code template} (a template name such as {@code documents/pdf/licence}) with this model. */
    public byte[] render(String template, Map<String, ?> model, Locale locale) {
        String html = templates.process(template, new Context(locale, new HashMap<>(model)));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(() -> new ByteArrayInputStream(regular), FONT, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(bold), FONT, 700, FontStyle.NORMAL, true);
        builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "classpath:/templates/");
        builder.toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render " + template + " to PDF", e);
        }
        return pdf.toByteArray();
    }

    private static byte[] font(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("the font " + path + " is missing from the class path", e);
        }
    }
}
