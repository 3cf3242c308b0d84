package org.onestop.ratings.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The ratings as open data: every table also as CSV (RFC 4180, UTF-8) whose first line is a comment
 * with the licence, and the same licence in every JSON answer and in a {@code Link} header.
 */
final class OpenData {

    static final String LICENCE = "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/): OneStop public"
            + " service ratings; credit \"OneStop ratings\" and the period.";
    static final String LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/";

    private OpenData() {
    }

    /** A CSV download: the licence line, the header, the rows. */
    static ResponseEntity<byte[]> csv(String filename, List<String> header, List<List<Object>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = CSVFormat.RFC4180.builder().setCommentMarker('#').get().print(out)) {
            printer.printComment("Licence: " + LICENCE);
            printer.printRecord(header);
            for (List<Object> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                        .toString())
                .header(HttpHeaders.LINK, "<" + LICENCE_URL + ">; rel=\"license\"")
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }
}
