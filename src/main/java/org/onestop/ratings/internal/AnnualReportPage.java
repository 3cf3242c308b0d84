package org.onestop.ratings.internal;

import java.time.Clock;
import java.time.Year;
import java.util.Locale;
import java.util.Map;
import org.onestop.directory.Directory;
import org.onestop.kernel.DomainException;
import org.onestop.kernel.WorkingCalendar;
import org.onestop.kernel.pdf.HtmlPdf;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The akim's annual report of a region, as a printable page and as a PDF of the same content. */
@Controller
class AnnualReportPage {

    private final AnnualReports reports;
    private final Directory directory;
    private final HtmlPdf pdf;
    private final Clock clock;

    AnnualReportPage(AnnualReports reports, Directory directory, HtmlPdf pdf, Clock clock) {
        this.reports = reports;
        this.directory = directory;
        this.pdf = pdf;
        this.clock = clock;
    }

    @GetMapping("/ratings/regions/{region}/report")
    String page(@PathVariable String region, @RequestParam(required = false) String year, Model model,
            Locale locale) {
        model.addAttribute("report", report(region, year, locale));
        return "ratings/report";
    }

    @GetMapping("/ratings/regions/{region}/report.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String region, @RequestParam(required = false) String year,
            Locale locale) {
        AnnualReports.Report report = report(region, year, locale);
        byte[] document = pdf.render("ratings/report-pdf", Map.of("report", report), locale);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("report-" + region + "-" + report.year() + ".pdf").build().toString())
                .body(document);
    }

    private AnnualReports.Report report(String region, String year, Locale locale) {
        if (directory.region(region).isEmpty()) {
            throw DomainException.notFound("ratings.unit.unknown", "there is no such region", region);
        }
        int current = Year.now(clock.withZone(WorkingCalendar.ZONE)).getValue();
        int chosen;
        if (year == null || year.isBlank()) {
            chosen = current;
        } else if (year.strip().matches("\\d{4}") && Integer.parseInt(year.strip()) <= current) {
            chosen = Integer.parseInt(year.strip());
        } else {
            throw DomainException.invalid("ratings.report.year", "a report is for a past or the current year, not "
                    + year, year);
        }
        return reports.report(region, chosen, locale);
    }
}
