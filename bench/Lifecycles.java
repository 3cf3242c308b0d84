import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load driver for whole application lifecycles over the HTTP API, run by bench/applications:
 * CLIENTS concurrent clients each repeat, for SECONDS, a citizen uploading the mandatory document
 * and filing a taxpayer registration, then an officer accepting, approving and issuing the
 * result. Prints, per step and for the whole lifecycle, how many succeeded per second and the
 * latency percentiles. Plain JDK, no dependencies: {@code java bench/Lifecycles.java URL CLIENTS SECONDS [WARM-UP SECONDS]}.
 */
public class Lifecycles {

    static final String[] STEPS = {"upload", "submit", "accept", "approve", "issue-result", "lifecycle"};
    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    static final Map<String, List<Long>> LATENCIES = new ConcurrentHashMap<>();
    static final Map<String, AtomicLong> ERRORS = new ConcurrentHashMap<>();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int clients = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        for (String step : STEPS) {
            LATENCIES.put(step, java.util.Collections.synchronizedList(new ArrayList<>()));
            ERRORS.put(step, new AtomicLong());
        }
        String citizen = login(base, "citizen1");
        String officer = login(base, "officer1");
        run(base, citizen, officer, clients, warmUp); // warm-up, not counted
        LATENCIES.values().forEach(List::clear);
        ERRORS.values().forEach(e -> e.set(0));
        run(base, citizen, officer, clients, seconds);
        System.out.printf("%-44s %9s %9s %9s %9s %9s %7s%n", "lifecycle step (" + clients + " clients, " + seconds
                + " s)", "count", "per s", "p50 ms", "p99 ms", "max ms", "errors");
        for (String step : STEPS) {
            long[] sorted = LATENCIES.get(step).stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf("%-44s %9d %9.1f %9.1f %9.1f %9.1f %7d%n", step, sorted.length,
                    sorted.length / (double) seconds, percentile(sorted, 50), percentile(sorted, 99),
                    sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6, ERRORS.get(step).get());
        }
    }

    static void run(String base, String citizen, String officer, int clients, int seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < clients; c++) {
                pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        lifecycle(base, citizen, officer);
                    }
                    return null;
                });
            }
        }
    }

    static void lifecycle(String base, String citizen, String officer) {
        long start = System.nanoTime();
        String upload = field(timed("upload", 201, multipart(base + "/api/v1/uploads", citizen)), "id");
        if (upload == null) {
            return;
        }
        String reference = field(timed("submit", 201, json(base + "/api/v1/applications", citizen, """
                {"service":"20010001","region":"KZ-71","form":{"residency":"resident"},
                 "documents":{"TAX_APPLICATION":"%s"}}""".formatted(upload))
                .header("Idempotency-Key", UUID.randomUUID().toString()).build()), "reference");
        if (reference == null) {
            return;
        }
        for (String action : new String[] {"accept", "approve", "issue-result"}) {
            if (timed(action, 200, json(base + "/api/v1/applications/" + reference + "/actions", officer,
                    "{\"action\":\"" + action + "\"}").build()) == null) {
                return;
            }
        }
        LATENCIES.get("lifecycle").add(System.nanoTime() - start);
    }

    static String timed(String step, int expected, HttpRequest request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                ERRORS.get(step).incrementAndGet();
                return null;
            }
            LATENCIES.get(step).add(System.nanoTime() - start);
            return response.body();
        } catch (Exception e) {
            ERRORS.get(step).incrementAndGet();
            return null;
        }
    }

    static HttpRequest.Builder json(String url, String token, String body) {
        var request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    static HttpRequest multipart(String url, String token) {
        String boundary = "bench" + UUID.randomUUID().toString().replace("-", "");
        var body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"scan.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(PDF);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
    }

    static String login(String base, String user) throws Exception {
        HttpResponse<String> response = HTTP.send(json(base + "/api/v1/auth/token", null,
                "{\"login\":\"" + user + "\",\"password\":\"demo\"}").build(), HttpResponse.BodyHandlers.ofString());
        String token = field(response.body(), "accessToken");
        if (token == null) {
            throw new IllegalStateException("could not log in as " + user + ": " + response.body());
        }
        return token;
    }

    static String field(String json, String name) {
        if (json == null) {
            return null;
        }
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }
}
