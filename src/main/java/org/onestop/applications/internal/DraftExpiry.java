package org.onestop.applications.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Drafts past their expiry are removed, a batch per transaction, each ending as abandoned; a daily
 * job, safe on every node (rows taken with SKIP LOCKED). A draft whose filing committed but whose
 * removal did not (a crash in between) ends as filed: its application is found by the draft's
 * idempotency key.
 */
@Component
class DraftExpiry {

    private static final int BATCH = 500;

    private record Expired(DraftOutcomes.Ending ending, String account) {
    }

    private final JdbcClient jdbc;
    private final ApplicationStore store;
    private final DraftOutcomes outcomes;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DraftExpiry(JdbcClient jdbc, ApplicationStore store, DraftOutcomes outcomes, TransactionTemplate transaction,
            Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.outcomes = outcomes;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(cron = "0 17 3 * * *", zone = "Asia/Almaty")
    void purge() {
        purge(clock.instant());
    }

    /** Removes every draft expired as of {@code now}; returns how many. */
    int purge(Instant now) {
        int purged = 0;
        int batch;
        do {
            batch = transaction.execute(status -> purgeBatch(now));
            purged += batch;
        } while (batch == BATCH);
        return purged;
    }

    private int purgeBatch(Instant now) {
        List<Expired> expired = jdbc.sql("SELECT id, account_id, service_code, region_code, started_at"
                        + " FROM applications_draft WHERE expires_at <= :now ORDER BY expires_at"
                        + " FETCH FIRST " + BATCH + " ROWS ONLY FOR UPDATE SKIP LOCKED")
                .param("now", now.atOffset(ZoneOffset.UTC))
                .query((rs, n) -> new Expired(Drafts.ending(rs, n), rs.getString("account_id"))).list();
        for (Expired draft : expired) {
            jdbc.sql("DELETE FROM applications_draft WHERE id = :id").param("id", draft.ending().draftId()).update();
            Optional<Application> filed = store.byIdempotency(draft.account(), "draft-" + draft.ending().draftId())
                    .flatMap(key -> store.byId(key.getValue()));
            filed.ifPresentOrElse(a -> outcomes.filed(draft.ending(), a, now),
                    () -> outcomes.abandoned(draft.ending(), now));
        }
        return expired.size();
    }
}
