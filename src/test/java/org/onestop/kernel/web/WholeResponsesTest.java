package org.onestop.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onestop.DatabaseTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * What goes over the wire, read from a plain socket: an answer that fits the server's buffer
 * comes whole, with its length and not chunked; a larger one still arrives complete.
 */
@DatabaseTest
class WholeResponsesTest {

    @LocalServerPort
    int port;

    @Test
    void aSmallApiAnswerComesWithItsLengthNotChunked() throws IOException {
        Wire answer = get("/api/v1/regions/KZ-71");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.headers()).doesNotContainKey("transfer-encoding");
        assertThat(answer.headers().get("content-length")).isEqualTo(String.valueOf(answer.body().length));
        assertThat(new String(answer.body(), StandardCharsets.UTF_8)).contains("\"code\":\"KZ-71\"");
    }

    @Test
    void aProblemAndAPageComeWithTheirLength() throws IOException {
        Wire problem = get("/api/v1/regions/KZ-00");
        Wire page = get("/login");

        assertThat(problem.status()).isEqualTo(404);
        assertThat(problem.headers().get("content-length")).isEqualTo(String.valueOf(problem.body().length));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.headers()).doesNotContainKey("transfer-encoding");
        assertThat(page.headers().get("content-length")).isEqualTo(String.valueOf(page.body().length));
        assertThat(new String(page.body(), StandardCharsets.UTF_8)).contains("</html>");
    }

    @Test
    void anAnswerLargerThanTheBufferStillArrivesComplete() throws IOException {
        Wire answer = get("/api/v1/life-events");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().length).isGreaterThan(8 * 1024);
        assertThat(new JsonMapper().readTree(answer.body()).isArray()).isTrue();
    }

    private record Wire(int status, Map<String, String> headers, byte[] body) {
    }

    /** One GET over HTTP/1.1 on a fresh connection; a chunked body is put together. */
    private Wire get(String path) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept-Language: ru\r\n"
                    + "Accept: application/json, text/html\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            byte[] all = socket.getInputStream().readAllBytes();
            int end = indexOf(all, "\r\n\r\n", 0);
            String[] lines = new String(all, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
            byte[] body = Arrays.copyOfRange(all, end + 4, all.length);
            if ("chunked".equals(headers.get("transfer-encoding"))) {
                body = unchunk(body);
            }
            return new Wire(Integer.parseInt(lines[0].split(" ")[1]), headers, body);
        }
    }

    private static byte[] unchunk(byte[] chunked) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = 0;
        while (true) {
            int lineEnd = indexOf(chunked, "\r\n", at);
            int size = Integer.parseInt(new String(chunked, at, lineEnd - at, StandardCharsets.US_ASCII).trim(), 16);
            if (size == 0) {
                return body.toByteArray();
            }
            body.write(chunked, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
    }

    /** Where {@code text} first occurs in {@code bytes} from {@code from} on. */
    private static int indexOf(byte[] bytes, String text, int from) {
        byte[] part = text.getBytes(StandardCharsets.US_ASCII);
        for (int i = from; i + part.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        throw new AssertionError("no " + text.replace("\r\n", "CRLF"));
    }
}
