package org.onestop.applications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.onestop.DatabaseTest;
import org.onestop.applications.ApplicationMoved;
import org.onestop.kernel.ReferenceNumber;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A step of an application is handed, after its commit, only to the other modules' listeners that
 * act on it: the ratings (a stopped clock, a visit), the rating invitations (a stopped clock) and
 * the result documents (a decision). Each hand-over is a publication stored in the step's
 * transaction, marked and deleted later; a step nobody acts on stores none.
 */
@DatabaseTest
class StepPublicationsTest {

    private static final Random RANDOM = new Random(20261201);

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aStepNoOtherModuleActsOnStoresNoPublication() {
        assertThat(listenersGiven(step("accept", "SUBMITTED", "ACCEPTED", null, null))).isEmpty();
        assertThat(listenersGiven(step("request-information", "IN_PROCESSING", "INFORMATION_REQUESTED", null, null)))
                .isEmpty();
    }

    @Test
    void aDecisionGoesToTheIndicatorsTheInvitationsAndTheResultDocuments() {
        Instant now = Instant.now();
        assertThat(listenersGiven(step("approve", "IN_PROCESSING", "APPROVED", now, null)))
                .containsExactlyInAnyOrder("IndicatorEvents", "RatingInvitations", "Issuance");
        assertThat(listenersGiven(step("issue-result", "APPROVED", "RESULT_ISSUED", now, null)))
                .as("the approval had its document").containsExactlyInAnyOrder("IndicatorEvents", "RatingInvitations");
    }

    @Test
    void aVisitToACentreGoesToTheIndicatorsOnly() {
        assertThat(listenersGiven(step("provide-information", "INFORMATION_REQUESTED", "IN_PROCESSING", null, 2)))
                .containsExactly("IndicatorEvents");
    }

    private static ApplicationMoved step(String action, String from, String to, Instant decidedAt, Integer visit) {
        Instant now = Instant.now();
        return new ApplicationMoved(ReferenceNumber.random(RANDOM).formatted(), "20010001", "DSR-KZ-71", action, from,
                to, now, now.plusSeconds(86_400), decidedAt, decidedAt == null ? null : Boolean.FALSE, null, visit);
    }

    /** The listeners a publication was stored for, read in the step's transaction, which then rolls back. */
    private List<String> listenersGiven(ApplicationMoved step) {
        return transactions.execute(tx -> {
            events.publishEvent(step);
            List<String> listeners = jdbc.sql("SELECT listener_id FROM event_publication WHERE serialized_event LIKE :ref")
                    .param("ref", "%" + step.reference() + "%").query(String.class).list();
            tx.setRollbackOnly();
            return listeners.stream().map(id -> id.substring(0, id.indexOf(".on(")))
                    .map(type -> type.substring(type.lastIndexOf('.') + 1)).toList();
        });
    }
}
