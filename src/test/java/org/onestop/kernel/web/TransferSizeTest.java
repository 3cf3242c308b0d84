package org.onestop.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onestop.DatabaseTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A citizen page, with everything it loads, is under 100 KB on the wire (gzip as browsers ask
 * for it), so that it opens quickly on a 3G connection; and it loads nothing from elsewhere.
 */
@DatabaseTest
class TransferSizeTest {

    static final int BUDGET = 100 * 1024;
    private static final Pattern ASSETS = Pattern.compile("<(?:link|script|img)[^>]*(?:href|src)=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/services/10010001", "/services?life-event=birth-of-a-child", "/centres",
            "/status"})
    void aCitizenPageAndWhatItLoadsStayUnderTheBudget(String path) {
        Http http = new Http(port);
        HttpResponse<byte[]> page = http.page(path, "Accept-Encoding", "gzip", "Accept-Language", "ru");
        assertThat(page.statusCode()).isEqualTo(200);
        String html = new String(gunzipIfNeeded(page), java.nio.charset.StandardCharsets.UTF_8);

        long bytes = sent(page);
        List<String> assets = new ArrayList<>();
        Matcher asset = ASSETS.matcher(html);
        while (asset.find()) {
            assets.add(asset.group(1));
        }
        for (String loads : assets) {
            assertThat(loads).as("served by OneStop itself").startsWith("/").doesNotStartWith("//");
            HttpResponse<byte[]> loaded = http.get(loads, "Accept-Encoding", "gzip");
            assertThat(loaded.statusCode()).isEqualTo(200);
            bytes += sent(loaded);
        }

        assertThat(assets).contains("/css/onestop.css");
        assertThat(bytes).as("bytes sent for %s and %s", path, assets).isLessThan(BUDGET);
    }

    /** The body as sent, and the status line and headers. */
    private static long sent(HttpResponse<byte[]> response) {
        long headers = response.headers().map().entrySet().stream()
                .mapToLong(h -> h.getValue().stream().mapToLong(v -> h.getKey().length() + v.length() + 4).sum()).sum();
        return response.body().length + headers + 17;
    }

    private static byte[] gunzipIfNeeded(HttpResponse<byte[]> response) {
        if (!"gzip".equals(response.headers().firstValue("Content-Encoding").orElse(""))) {
            return response.body();
        }
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(response.body()))) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
