package org.onestop.feedback.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.onestop.feedback.internal.FeedbackFixtures.act;
import static org.onestop.feedback.internal.FeedbackFixtures.finished;
import static org.onestop.feedback.internal.FeedbackFixtures.get;
import static org.onestop.feedback.internal.FeedbackFixtures.messages;
import static org.onestop.feedback.internal.FeedbackFixtures.post;
import static org.onestop.feedback.internal.FeedbackFixtures.submit;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.onestop.DatabaseTest;
import org.onestop.feedback.FeedbackGiven;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@DatabaseTest
@RecordApplicationEvents
class RatingsTest {

    private static final String RATING = """
            {"score":2,"comment":"Ждал долго","tags":["waiting-time","courtesy"]}""";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @Test
    void theApplicantIsInvitedToRateOnceTheApplicationIsFinishedInTheirLanguage() {
        String reference = submit(mvc, "citizen2");
        act(mvc, reference, "accept");
        act(mvc, reference, "approve");
        assertThat(messages(jdbc, RatingInvitations.KIND, reference)).isZero();

        act(mvc, reference, "issue-result");

        // the invitation follows the decision's commit, delivered by the event publication registry
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(messages(jdbc, RatingInvitations.KIND, reference)).isOne());
        assertThat(jdbc.sql("SELECT subject FROM notifications_message WHERE kind = :kind AND subject LIKE :ref")
                .param("kind", RatingInvitations.KIND).param("ref", "%" + reference + "%").query(String.class)
                .single()).isEqualTo("Как была рассмотрена заявка " + reference + "? Оцените");
    }

    @Test
    void onlyTheApplicantRatesAFinishedApplicationAndOnlyOnce() {
        String reference = submit(mvc, "citizen2");
        String uri = "/api/v1/applications/" + reference + "/feedback";
        assertThat(post(mvc, "citizen2", uri, RATING)).hasStatus(HttpStatus.CONFLICT).bodyJson()
                .extractingPath("$.code").isEqualTo("feedback.unfinished");
        act(mvc, reference, "accept");
        act(mvc, reference, "approve");
        act(mvc, reference, "issue-result");

        assertThat(post(mvc, "citizen1", uri, RATING)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(post(mvc, "officer1", uri, RATING)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(post(mvc, "citizen2", uri, RATING)).hasStatus(HttpStatus.CREATED).bodyJson()
                .extractingPath("$.tags").asArray().containsExactly("waiting-time", "courtesy");
        assertThat(post(mvc, "citizen2", uri, RATING.replace("2", "5"))).hasStatus(HttpStatus.CONFLICT).bodyJson()
                .extractingPath("$.code").isEqualTo("feedback.given");

        assertThat(get(mvc, "citizen2", uri)).hasStatusOk().bodyJson().extractingPath("$.score").isEqualTo(2);
        assertThat(get(mvc, "citizen1", uri)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(jdbc.sql("SELECT action FROM integrity_audit_entry WHERE object_type = 'feedback'"
                + " AND object_id = :ref").param("ref", reference.replace("-", "")).query(String.class).list())
                .contains("feedback.given");
        assertThat(events.stream(FeedbackGiven.class).filter(e -> e.reference().equals(reference))).singleElement()
                .satisfies(e -> {
                    assertThat(e.score()).isEqualTo(2);
                    assertThat(e.bodyCode()).isEqualTo("DSR-KZ-71");
                });
    }

    @Test
    void aScoreOutsideOneToFiveAnUnknownTagOrALongCommentIsRefusedAndNothingIsStored() {
        String reference = finished(mvc, "citizen2");
        String uri = "/api/v1/applications/" + reference + "/feedback";

        assertThat(post(mvc, "citizen2", uri, "{\"score\":6}")).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .extractingPath("$.code").isEqualTo("feedback.score");
        assertThat(post(mvc, "citizen2", uri, "{\"score\":4,\"tags\":[\"rudeness\"]}"))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.detail").asString()
                .startsWith("\"rudeness\" is not a tag");
        assertThat(post(mvc, "citizen2", uri, "{\"score\":4,\"comment\":\"" + "x".repeat(1001) + "\"}"))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.code").isEqualTo("feedback.comment");
        assertThat(get(mvc, "citizen2", uri)).hasStatus(HttpStatus.NOT_FOUND).bodyJson().extractingPath("$.code")
                .isEqualTo("feedback.none");
    }
}
