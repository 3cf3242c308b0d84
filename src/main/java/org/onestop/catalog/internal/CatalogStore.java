package org.onestop.catalog.internal;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.onestop.catalog.LifeEvent;
import org.onestop.catalog.ServiceStandard;
import org.onestop.integrity.AuditJournal;
import org.onestop.integrity.AuditRecord;
import org.onestop.kernel.Actor;
import org.onestop.kernel.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes the register: new versions (never an update), workflows and life events. Callers hold
 * the catalog lock ({@link #lock()}) in their transaction, so version numbers are given out one
 * at a time; every new version enters the audit journal in the same transaction.
 */
@Repository
class CatalogStore {

    private final JdbcClient jdbc;
    private final AuditJournal journal;
    private final Clock clock;

    CatalogStore(JdbcClient jdbc, AuditJournal journal, Clock clock) {
        this.jdbc = jdbc;
        this.journal = journal;
        this.clock = clock;
    }

    void lock() {
        jdbc.sql("SELECT id FROM catalog_lock WHERE id = 1 FOR UPDATE").query(Integer.class).single();
    }

    /** The content hash a stored definition of this entry would have. */
    static String hashOf(StandardEntry entry) {
        return hash(CatalogJson.write(entry));
    }

    /** The content hash of the newest version of this service effective from that day, if any. */
    Optional<String> latestHash(String code, java.time.LocalDate effectiveFrom) {
        return jdbc.sql("SELECT content_hash FROM catalog_service_version WHERE code = :code"
                        + " AND effective_from = :from ORDER BY version_number DESC FETCH FIRST 1 ROWS ONLY")
                .param("code", code).param("from", effectiveFrom).query(String.class).optional();
    }

    /** Stores a checked entry as the service's next version; returns its id. */
    long publish(StandardEntry entry, ServiceStandard standard, String source, Actor actor) {
        String definition = CatalogJson.write(entry);
        String hash = hash(definition);
        int number = jdbc.sql("SELECT COALESCE(MAX(version_number), 0) + 1 FROM catalog_service_version"
                + " WHERE code = :code").param("code", entry.code()).query(Integer.class).single();
        jdbc.sql("INSERT INTO catalog_service_version (code, version_number, effective_from, applicant,"
                        + " provider_key, result_type, channels, definition, content_hash, search_text, source,"
                        + " published_at, published_by) VALUES (:code, :number, :from, :applicant, :provider, :result,"
                        + " :channels, :definition, :hash, :search, :source, :now, :by)")
                .param("code", entry.code()).param("number", number).param("from", entry.effectiveFrom())
                .param("applicant", standard.applicant().name())
                .param("provider", providerKey(standard.provider()))
                .param("result", standard.result().type())
                .param("channels", standard.channels().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                .param("definition", definition).param("hash", hash)
                .param("search", searchText(standard)).param("source", source)
                .param("now", clock.instant().atOffset(ZoneOffset.UTC)).param("by", actor.username())
                .update();
        long id = lastId(entry.code(), number);
        journal.append(new AuditRecord(actor, "service", entry.code(), "service.version-published", null,
                java.util.Map.of("version", number, "effectiveFrom", entry.effectiveFrom().toString(),
                        "source", source, "contentHash", hash)));
        return id;
    }

    void replaceWorkflows(List<org.onestop.catalog.Workflow> workflows) {
        jdbc.sql("DELETE FROM catalog_workflow WHERE 1 = 1").update();
        for (org.onestop.catalog.Workflow w : workflows) {
            jdbc.sql("INSERT INTO catalog_workflow (code, name_kk, name_ru, name_en) VALUES (:code, :kk, :ru, :en)")
                    .param("code", w.code()).param("kk", w.name().kk()).param("ru", w.name().ru())
                    .param("en", w.name().en()).update();
        }
    }

    /** Replaces the life events when they differ from what is stored; true if they did. */
    boolean replaceLifeEvents(List<LifeEvent> events, List<LifeEvent> stored, Actor actor) {
        if (events.equals(stored)) {
            return false;
        }
        jdbc.sql("DELETE FROM catalog_life_event WHERE 1 = 1").update();
        for (int i = 0; i < events.size(); i++) {
            LifeEvent event = events.get(i);
            LocalizedText name = event.name();
            LocalizedText description = event.description();
            jdbc.sql("INSERT INTO catalog_life_event (code, position, name_kk, name_ru, name_en, description_kk,"
                            + " description_ru, description_en) VALUES (:code, :position, :nkk, :nru, :nen, :dkk, :dru, :den)")
                    .param("code", event.code()).param("position", i).param("nkk", name.kk()).param("nru", name.ru())
                    .param("nen", name.en()).param("dkk", description.kk()).param("dru", description.ru())
                    .param("den", description.en()).update();
            for (int s = 0; s < event.serviceCodes().size(); s++) {
                jdbc.sql("INSERT INTO catalog_life_event_service (event_code, position, service_code)"
                                + " VALUES (:event, :position, :service)")
                        .param("event", event.code()).param("position", s).param("service", event.serviceCodes().get(s))
                        .update();
            }
        }
        journal.append(new AuditRecord(actor, "life-events", "register", "catalog.life-events-replaced",
                stored, events));
        return true;
    }

    static String providerKey(ServiceStandard.Provider provider) {
        return provider.kind().name() + ":" + (provider.bodyCode() == null ? "" : provider.bodyCode());
    }

    private long lastId(String code, int number) {
        return jdbc.sql("SELECT id FROM catalog_service_version WHERE code = :code AND version_number = :number")
                .param("code", code).param("number", number).query(Long.class).single();
    }

    private static String searchText(ServiceStandard s) {
        StringBuilder text = new StringBuilder(s.code());
        for (LocalizedText t : List.of(s.name(), s.description(), s.result().name())) {
            text.append(' ').append(t.kk()).append(' ').append(t.ru()).append(' ').append(t.en());
        }
        String normalised = SearchText.normalise(text.toString());
        return normalised.length() > 20000 ? normalised.substring(0, 20000) : normalised;
    }

    private static String hash(String definition) {
        return org.onestop.kernel.Sha256.hex(definition);
    }

}
