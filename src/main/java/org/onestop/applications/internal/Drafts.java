package org.onestop.applications.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.onestop.catalog.Catalog;
import org.onestop.catalog.ServiceStandard;
import org.onestop.integrity.AuditJournal;
import org.onestop.integrity.AuditRecord;
import org.onestop.kernel.Actor;
import org.onestop.kernel.DomainException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drafts of online applications: saved as the applicant goes, with answers not yet complete,
 * resumed later, submitted through {@link Submission} (which checks everything), or left to
 * expire ({@code onestop.applications.draft-ttl} after the last save). A draft belongs to its
 * applicant alone and never reaches a body.
 */
@Component
class Drafts {

    /** A draft as its owner sees it. */
    record Draft(UUID id, String service, String region, Map<String, String> form, Map<String, String> documents,
            String paymentReference, Instant updatedAt, Instant expiresAt) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> ANSWERS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final Catalog catalog;
    private final AuditJournal journal;
    private final Uploads uploads;
    private final DraftOutcomes outcomes;
    private final TransactionTemplate transaction;
    private final Duration ttl;
    private final Clock clock;

    Drafts(JdbcClient jdbc, Catalog catalog, AuditJournal journal, Uploads uploads, DraftOutcomes outcomes,
            TransactionTemplate transaction, @Value("${onestop.applications.draft-ttl}") Duration ttl, Clock clock) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.journal = journal;
        this.uploads = uploads;
        this.outcomes = outcomes;
        this.transaction = transaction;
        this.ttl = ttl;
        this.clock = clock;
    }

    /** Saves a new draft ({@code id} null) or the owner's existing one. */
    Draft save(UUID id, String service, String region, Map<String, String> form, Map<String, String> documents,
            String paymentReference, Actor owner) {
        if (owner.kind() != Actor.Kind.PERSON) {
            throw DomainException.forbidden("forbidden", "you may not do this");
        }
        ServiceStandard standard = catalog.current(service == null ? "" : service).orElseThrow(
                () -> DomainException.notFound("catalog.service.unknown", "there is no service " + service, service));
        Map<String, String> answers = form == null ? Map.of() : new LinkedHashMap<>(form);
        if (answers.size() > 200) {
            throw DomainException.invalid("applications.draft.size", "a draft holds at most 200 answers");
        }
        Map<String, String> uploaded = new LinkedHashMap<>(DocumentCheck.check(standard, documents, false));
        String payment = paymentReference == null || paymentReference.isBlank() ? null : paymentReference.strip();
        if (payment != null && payment.length() > 100) {
            throw DomainException.invalid("applications.payment.reference", "a payment reference has at most 100 characters");
        }
        var kept = uploads.forDocuments(uploaded, owner).values().stream().map(Uploads.Upload::id).toList();
        Instant now = clock.instant();
        return transaction.execute(status -> {
            UUID draft = id;
            if (draft == null) {
                draft = UUID.randomUUID();
                jdbc.sql("INSERT INTO applications_draft (id, account_id, service_code, region_code, form, documents,"
                                + " payment_reference, started_at, updated_at, expires_at) VALUES (:id, :account, :service,"
                                + " :region, :form, :documents, :payment, :now, :now, :expires)")
                        .params(params(draft, owner, service, region, answers, uploaded, now))
                        .param("payment", payment).update();
            } else if (jdbc.sql("UPDATE applications_draft SET service_code = :service, region_code = :region,"
                            + " form = :form, documents = :documents, payment_reference = :payment, updated_at = :now,"
                            + " expires_at = :expires WHERE id = :id AND account_id = :account AND expires_at > :now")
                    .params(params(draft, owner, service, region, answers, uploaded, now)).param("payment", payment)
                    .update() == 0) {
                throw unknown();
            }
            uploads.keepUntil(kept, owner, now.plus(ttl));
            journal.append(new AuditRecord(owner, "draft", draft.toString(), "application.draft-saved", null,
                    Map.of("service", service, "answers", answers.size(), "documents", uploaded.size())));
            return new Draft(draft, service, region, answers, uploaded, payment, now, now.plus(ttl));
        });
    }

    /** The owner's live draft. */
    Draft get(UUID id, Actor owner) {
        return jdbc.sql("SELECT * FROM applications_draft WHERE id = :id AND account_id = :account AND expires_at > :now")
                .param("id", id).param("account", owner.id()).param("now", utc(clock.instant()))
                .query(Drafts::draft).optional().orElseThrow(Drafts::unknown);
    }

    /** The owner's live drafts, last saved first. */
    List<Draft> mine(Actor owner) {
        return jdbc.sql("SELECT * FROM applications_draft WHERE account_id = :account AND expires_at > :now"
                        + " ORDER BY updated_at DESC FETCH FIRST 50 ROWS ONLY")
                .param("account", owner.id()).param("now", utc(clock.instant())).query(Drafts::draft).list();
    }

    /**
     * Removes the owner's draft, in the caller's transaction when there is one: filed as
     * {@code application}, or abandoned by its owner when that is null.
     */
    void delete(UUID id, Actor owner, Application application) {
        transaction.executeWithoutResult(status -> {
            DraftOutcomes.Ending draft = jdbc.sql("SELECT id, service_code, region_code, started_at"
                            + " FROM applications_draft WHERE id = :id AND account_id = :account FOR UPDATE")
                    .param("id", id).param("account", owner.id()).query(Drafts::ending).optional()
                    .orElseThrow(Drafts::unknown);
            jdbc.sql("DELETE FROM applications_draft WHERE id = :id").param("id", id).update();
            Instant now = clock.instant();
            if (application == null) {
                outcomes.abandoned(draft, now);
            } else {
                outcomes.filed(draft, application, now);
            }
            journal.append(new AuditRecord(owner, "draft", id.toString(), "application.draft-deleted", null,
                    application == null ? null : Map.of("application", application.reference().value())));
        });
    }

    static DraftOutcomes.Ending ending(ResultSet rs, int row) throws SQLException {
        String region = rs.getString("region_code");
        return new DraftOutcomes.Ending(rs.getObject("id", UUID.class), rs.getString("service_code").strip(),
                region == null || region.isBlank() ? null : region.strip(),
                rs.getObject("started_at", OffsetDateTime.class).toInstant());
    }

    private Map<String, Object> params(UUID id, Actor owner, String service, String region, Map<String, String> form,
            Map<String, String> documents, Instant now) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("id", id);
        params.put("account", owner.id());
        params.put("service", service);
        params.put("region", region);
        params.put("form", JSON.writeValueAsString(form));
        params.put("documents", JSON.writeValueAsString(documents));
        params.put("now", utc(now));
        params.put("expires", utc(now.plus(ttl)));
        return params;
    }

    private static Draft draft(ResultSet rs, int row) throws SQLException {
        return new Draft(rs.getObject("id", UUID.class), rs.getString("service_code").strip(),
                rs.getString("region_code"), JSON.readValue(rs.getString("form"), ANSWERS),
                JSON.readValue(rs.getString("documents"), ANSWERS), rs.getString("payment_reference"),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
                rs.getObject("expires_at", OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static DomainException unknown() {
        return DomainException.notFound("applications.draft.unknown", "there is no such draft of yours");
    }
}
