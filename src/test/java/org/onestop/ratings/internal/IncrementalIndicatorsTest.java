package org.onestop.ratings.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.onestop.TestJson.field;
import static org.onestop.identity.internal.TestLogins.bearer;
import static org.onestop.identity.internal.TestLogins.token;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.onestop.DatabaseTest;
import org.onestop.applications.ApplicationSubmitted;
import org.onestop.applications.DraftEnded;
import org.onestop.applications.internal.TestUploads;
import org.onestop.feedback.FeedbackGiven;
import org.onestop.kernel.ReferenceNumber;
import org.onestop.kernel.WorkingCalendar;
import org.onestop.ratings.RatingsRebuild;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

/** Indicators kept from the events of real work through the API equal those rebuilt from the records. */
@DatabaseTest
class IncrementalIndicatorsTest {

    private static final String TAXPAYER = """
            {"service":"20010001","region":"KZ-71","form":{"residency":"resident"},
             "documents":{"TAX_APPLICATION":"%DOC%"},"language":"ru"}""";
    private static final String WALK_IN = """
            {"service":"20010001","region":"KZ-71","form":{"residency":"resident"},
             "documents":{"TAX_APPLICATION":"%DOC%"},"applicantIin":"920304404509","consent":true}""";
    private static final String BODY = "DSR-KZ-71";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RatingsRebuild rebuild;

    @Autowired
    IndicatorQuery query;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    EventPublicationRepository publications;

    @Test
    void figuresKeptFromEventsEqualFiguresRebuiltAndASecondDeliveryChangesNothing() {
        rebuild.rebuild();
        Period month = Period.parse(YearMonth.now(WorkingCalendar.ZONE).toString());
        UnitFigures before = body(month);

        String finished = submit();
        act(finished, "{\"action\":\"accept\"}");
        act(finished, "{\"action\":\"approve\"}");
        act(finished, "{\"action\":\"issue-result\"}");
        String returned = submit();
        assertThat(act(returned, "{\"action\":\"return\",\"comment\":\"Нет подписи\"}")).hasStatusOk();
        String open = submit();
        assertThat(send("citizen2", "/api/v1/applications/" + finished + "/feedback",
                "{\"score\":5,\"tags\":[]}")).hasStatus(HttpStatus.CREATED);
        MvcTestResult complaint = send("citizen2", "/api/v1/complaints", "{\"about\":\"application\",\"subject\":\""
                + returned + "\",\"text\":\"Вернули без причины\",\"tags\":[],\"allegesBribe\":false}");
        assertThat(complaint).hasStatus(HttpStatus.CREATED);
        String complaintActions = "/api/v1/complaints/" + field(complaint, "number") + "/actions";
        assertThat(send("officer1", complaintActions, "{\"action\":\"review\"}")).hasStatusOk();
        assertThat(send("officer1", complaintActions, "{\"action\":\"uphold\",\"answer\":"
                + "\"Возврат отменён: подпись на заявлении была, заявка принята к рассмотрению\"}")).hasStatusOk();
        awaitDelivered();
        // A delivered event's publication is deleted, not kept marked complete.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NOT NULL")
                .query(Long.class).single()).isZero();

        UnitFigures after = body(month);
        assertThat(after.count(Counter.SUBMITTED) - before.count(Counter.SUBMITTED)).isEqualTo(3);
        assertThat(after.count(Counter.DECIDED) - before.count(Counter.DECIDED)).isEqualTo(2);
        assertThat(after.count(Counter.RETURNED) - before.count(Counter.RETURNED)).isEqualTo(1);
        assertThat(after.count(Counter.RATED) - before.count(Counter.RATED)).isEqualTo(1);
        assertThat(after.count(Counter.SCORE_SUM) - before.count(Counter.SCORE_SUM)).isEqualTo(5);
        assertThat(after.count(Counter.COMPLAINTS) - before.count(Counter.COMPLAINTS)).isEqualTo(1);
        assertThat(after.count(Counter.UPHELD) - before.count(Counter.UPHELD)).isEqualTo(1);
        assertThat(after.days().total() - before.days().total()).isEqualTo(2);

        Snapshot incremental = snapshot();
        // Delivered again (as after a crash between counting and marking the publication complete).
        transactions.executeWithoutResult(tx -> events.publishEvent(new FeedbackGiven(finished, "20010001", BODY,
                "KZ-71", null, 5, List.of(), Instant.now())));
        awaitDelivered();
        assertThat(snapshot()).isEqualTo(incremental);

        rebuild.rebuild();
        assertThat(snapshot()).isEqualTo(incremental);
    }

    @Test
    void visitsToACentreAndEndedDraftsKeptFromEventsEqualThoseRebuilt() {
        rebuild.rebuild();
        Period month = Period.parse(YearMonth.now(WorkingCalendar.ZONE).toString());
        UnitFigures before = body(month);

        MvcTestResult filed = send("operator1", "/api/v1/applications", TestUploads.withDocuments(mvc,
                token(mvc, "operator1"), WALK_IN));
        String walkIn = field(filed, "reference");
        String centre = field(filed, "centre");
        act(walkIn, "{\"action\":\"accept\"}");
        act(walkIn, "{\"action\":\"approve\"}");
        assertThat(send("operator1", "/api/v1/applications/" + walkIn + "/actions", "{\"action\":\"issue-result\"}"))
                .hasStatusOk();
        String abandoned = draft();
        assertThat(mvc.delete().uri("/api/v1/drafts/" + abandoned).with(bearer(token(mvc, "citizen2"))).exchange())
                .hasStatus(HttpStatus.NO_CONTENT);
        assertThat(send("citizen2", "/api/v1/drafts/" + draft() + "/submit", "{}")).hasStatus(HttpStatus.CREATED);
        // Complaints counted against the centre: about the application it filed, and about the centre itself.
        assertThat(send("citizen2", "/api/v1/complaints", "{\"about\":\"application\",\"subject\":\"" + walkIn
                + "\",\"text\":\"Долго ждал\",\"tags\":[],\"allegesBribe\":false}")).hasStatus(HttpStatus.CREATED);
        assertThat(send("citizen2", "/api/v1/complaints", "{\"about\":\"centre\",\"subject\":\"" + centre
                + "\",\"text\":\"Грубили\",\"tags\":[],\"allegesBribe\":false}")).hasStatus(HttpStatus.CREATED);
        awaitDelivered();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ratings_complaint WHERE centre_code = :centre")
                .param("centre", centre).query(Long.class).single()).isGreaterThanOrEqualTo(2);

        UnitFigures after = body(month);
        assertThat(after.count(Counter.VISITS) - before.count(Counter.VISITS)).as("filing and collecting").isEqualTo(2);
        assertThat(after.count(Counter.DRAFTS) - before.count(Counter.DRAFTS)).isEqualTo(2);
        assertThat(after.count(Counter.DRAFTS_FILED) - before.count(Counter.DRAFTS_FILED)).isEqualTo(1);
        Snapshot incremental = snapshot();
        rebuild.rebuild();
        assertThat(snapshot()).isEqualTo(incremental);
    }

    @Test
    void anEventStillWaitingForItsDeliveryWhenTheIndicatorsAreRebuiltIsNotCountedTwice() {
        String id = draft();
        assertThat(mvc.delete().uri("/api/v1/drafts/" + id).with(bearer(token(mvc, "citizen2"))).exchange())
                .hasStatus(HttpStatus.NO_CONTENT);
        awaitDelivered();
        DraftEnded event = jdbc.sql("SELECT service_code, body_code, region_code, started_at, ended_at"
                + " FROM applications_draft_outcome WHERE draft_id = CAST(:id AS UUID)").param("id", id)
                .query((rs, n) -> new DraftEnded(id, rs.getString(1).trim(), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant(),
                        rs.getObject(5, OffsetDateTime.class).toInstant(), null)).single();
        // As after a crash: the draft's end is stored, its event not yet handed to the indicators.
        TargetEventPublication waiting = publications.create(TargetEventPublication.of(event,
                PublicationTargetIdentifier.of(IndicatorEvents.class.getName() + ".on("
                        + DraftEnded.class.getName() + ")")));
        try {
            rebuild.rebuild();
            Snapshot rebuilt = snapshot();

            transactions.executeWithoutResult(tx -> events.publishEvent(event));
            await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("SELECT COUNT(*) FROM event_publication"
                    + " WHERE completion_date IS NULL AND listener_id LIKE '%IndicatorEvents%' AND id <> :waiting")
                    .param("waiting", waiting.getIdentifier()).query(Long.class).single() == 0);

            assertThat(snapshot()).isEqualTo(rebuilt);
        } finally {
            publications.markCompleted(waiting.getIdentifier(), Instant.now());
        }
    }

    @Test
    void aFilingIsCountedInItsOwnTransactionAndNotAtAllWhenThatRollsBack() {
        rebuild.rebuild();
        Period month = Period.parse(YearMonth.now(WorkingCalendar.ZONE).toString());
        long before = body(month).count(Counter.SUBMITTED);

        submit();
        assertThat(body(month).count(Counter.SUBMITTED)).as("counted when the filing is answered, without waiting")
                .isEqualTo(before + 1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE listener_id LIKE :listener")
                .param("listener", "%IndicatorEvents.on(" + ApplicationSubmitted.class.getName() + ")%")
                .query(Long.class).single()).as("no publication to deliver later").isZero();

        awaitDelivered();
        Snapshot counted = snapshot();
        String unused = ReferenceNumber.random(new Random(7)).formatted();
        transactions.executeWithoutResult(tx -> {
            events.publishEvent(new ApplicationSubmitted(unused, "20010001", BODY, "KZ-71", null, "ONLINE",
                    Instant.now(), Instant.now()));
            tx.setRollbackOnly();
        });
        assertThat(snapshot()).as("a filing rolled back adds nothing").isEqualTo(counted);
    }

    @Test
    void indicatorsArePublicWithTheirDefinitionsInTheReadersLanguage() {
        rebuild.rebuild();
        String period = YearMonth.now(WorkingCalendar.ZONE).toString();
        submit();
        awaitDelivered();

        assertThat(mvc.get().uri("/api/v1/ratings/indicators?level=body&period=" + period + "&code=" + BODY)
                .header("Accept-Language", "ru").exchange()).hasStatusOk().bodyJson().satisfies(json -> {
                    json.assertThat().extractingPath("$.units[0].code").isEqualTo(BODY);
                    json.assertThat().extractingPath("$.units[0].values.applications").asNumber().satisfies(
                            n -> assertThat(n.longValue()).isEqualTo(body(Period.parse(period))
                                    .count(Counter.SUBMITTED)).isPositive());
                    json.assertThat().extractingPath("$.indicators[0].code").isEqualTo("applications");
                    json.assertThat().extractingPath("$.indicators[0].name").isEqualTo("Заявки");
                    json.assertThat().extractingPath("$.indicators[2].code").isEqualTo("decided-on-time");
                    json.assertThat().extractingPath("$.indicators[2].definition").asString()
                            .contains("не позже срока");
                });
        assertThat(mvc.get().uri("/api/v1/ratings/indicators?level=planet&period=2026").header("Accept-Language", "en")
                .exchange()).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.code")
                .isEqualTo("ratings.level");
        assertThat(mvc.get().uri("/api/v1/ratings/indicators?level=region&period=2026-Q5").exchange())
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.code").isEqualTo("ratings.period");
    }

    private UnitFigures body(Period month) {
        return query.figures(Level.BODY, month, BODY).stream().findFirst().orElseGet(() -> new UnitFigures(BODY));
    }

    private String submit() {
        String token = token(mvc, "citizen2");
        return field(mvc.post().uri("/api/v1/applications").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                .content(TestUploads.withDocuments(mvc, token, TAXPAYER)).exchange(), "reference");
    }

    private String draft() {
        String token = token(mvc, "citizen2");
        return field(mvc.post().uri("/api/v1/drafts").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                .content(TestUploads.withDocuments(mvc, token, TAXPAYER)).exchange(), "id");
    }

    private MvcTestResult act(String reference, String body) {
        return send("officer1", "/api/v1/applications/" + reference + "/actions", body);
    }

    private MvcTestResult send(String user, String uri, String body) {
        return mvc.post().uri(uri).with(bearer(token(mvc, user))).contentType(MediaType.APPLICATION_JSON).content(body)
                .exchange();
    }

    private void awaitDelivered() {
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("SELECT COUNT(*) FROM event_publication"
                + " WHERE completion_date IS NULL AND listener_id LIKE '%IndicatorEvents%'").query(Long.class)
                .single() == 0);
    }

    private Snapshot snapshot() {
        return new Snapshot(
                jdbc.sql("SELECT unit_level, unit_code, period_month, " + Arrays.stream(Counter.values())
                        .map(c -> "SUM(" + c.column() + ") AS " + c.column()).collect(Collectors.joining(", "))
                        + " FROM ratings_cell GROUP BY unit_level, period_month, unit_code"
                        + " ORDER BY unit_level, period_month, unit_code").query().listOfRows(),
                jdbc.sql("SELECT * FROM ratings_days ORDER BY unit_level, period_month, unit_code, days").query()
                        .listOfRows(),
                jdbc.sql("SELECT * FROM ratings_complaint ORDER BY number").query().listOfRows());
    }

    private record Snapshot(List<Map<String, Object>> cells, List<Map<String, Object>> days,
            List<Map<String, Object>> complaints) {
    }
}
