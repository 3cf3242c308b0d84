package org.onestop.applications.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.onestop.applications.DraftEnded;
import org.onestop.catalog.Catalog;
import org.onestop.kernel.DomainException;
import org.onestop.kernel.Months;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How each draft ended, kept after the draft itself is gone and announced as {@link DraftEnded}:
 * filed as an application, or abandoned. Runs in the caller's transaction, the one that removes
 * the draft, so a draft ends exactly once.
 */
@Component
class DraftOutcomes {

    /** What a draft was about and when it was started. */
    record Ending(UUID draftId, String service, String region, Instant startedAt) {
    }

    private final JdbcClient jdbc;
    private final Catalog catalog;
    private final Routing routing;
    private final ApplicationEventPublisher events;

    DraftOutcomes(JdbcClient jdbc, Catalog catalog, Routing routing, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.routing = routing;
        this.events = events;
    }

    /** The draft became {@code application}. */
    void filed(Ending draft, Application application, Instant at) {
        record(new DraftEnded(draft.draftId().toString(), application.serviceCode(), application.bodyCode(),
                application.regionCode(), draft.startedAt(), at, application.reference().value()));
    }

    /** The draft was deleted by its owner or expired unsent. */
    void abandoned(Ending draft, Instant at) {
        record(new DraftEnded(draft.draftId().toString(), draft.service(), bodyFor(draft), draft.region(),
                draft.startedAt(), at, null));
    }

    /** The body the draft would have gone to, when its region is chosen and the service is provided there. */
    private String bodyFor(Ending draft) {
        if (draft.region() == null) {
            return null;
        }
        try {
            return catalog.current(draft.service())
                    .map(standard -> routing.responsibleBody(standard.provider(), draft.region())).orElse(null);
        } catch (DomainException unrouted) {
            return null;
        }
    }

    private void record(DraftEnded ended) {
        jdbc.sql("INSERT INTO applications_draft_outcome (draft_id, service_code, body_code, region_code, started_at,"
                        + " ended_at, reference, started_month)"
                        + " VALUES (:id, :service, :body, :region, :started, :ended, :reference, :month)")
                .param("id", UUID.fromString(ended.draftId())).param("service", ended.serviceCode())
                .param("body", ended.bodyCode()).param("region", ended.regionCode())
                .param("started", ended.startedAt().atOffset(ZoneOffset.UTC))
                .param("ended", ended.endedAt().atOffset(ZoneOffset.UTC)).param("reference", ended.reference())
                .param("month", Months.firstDay(ended.startedAt())).update();
        events.publishEvent(ended);
    }
}
