package org.onestop.reforms.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.onestop.integrity.AuditJournal;
import org.onestop.integrity.AuditRecord;
import org.onestop.kernel.Actor;
import org.onestop.kernel.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;

/**
 * Writes the monitor's tables: the loader's rows and the analysts' changes. Every change of a row
 * enters the audit journal in the caller's transaction, with the row before and after; a changed
 * row's version goes up by one.
 */
@Repository
class ReformWrites {

    /** The tables whose rows the loader keeps, with the hash of the file entry each came from. */
    enum Table {
        ITEM("reforms_item"), PROGRAMME("reforms_programme"), ACT("reforms_act"), INDICATOR("reforms_indicator");

        private final String name;

        Table(String name) {
            this.name = name;
        }
    }

    private final JdbcClient jdbc;
    private final ReformReads reads;
    private final AuditJournal journal;
    private final Clock clock;

    ReformWrites(JdbcClient jdbc, ReformReads reads, AuditJournal journal, Clock clock) {
        this.jdbc = jdbc;
        this.reads = reads;
        this.journal = journal;
        this.clock = clock;
    }

    /** Makes loaders on several nodes wait for each other. */
    void lock() {
        jdbc.sql("SELECT id FROM reforms_lock WHERE id = 1 FOR UPDATE").query(Integer.class).single();
    }

    /** Code → hash of the file entry each row of the table was last loaded from. */
    Map<String, String> shippedHashes(Table table) {
        return jdbc.sql("SELECT code, shipped_hash FROM " + table.name + " WHERE shipped_hash IS NOT NULL")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Stores an item, new or changed; {@code hash} is null for an analyst's change. */
    void item(Monitor.Item item, int position, String hash, Actor actor, String action) {
        Optional<Monitor.Item> before = reads.item(item.code());
        String sql = before.isPresent()
                ? "UPDATE reforms_item SET component = :component, position = :position, text_kk = :kk, text_ru = :ru,"
                + " text_en = :en, period = :period, year_from = :yearFrom, year_to = :yearTo, in_diagram = :diagram,"
                + " source = :source, quote = :quote, shipped_hash = COALESCE(:hash, shipped_hash),"
                + " version = version + 1, changed_at = :at, changed_by = :by WHERE code = :code"
                : "INSERT INTO reforms_item (code, component, position, text_kk, text_ru, text_en, period, year_from,"
                + " year_to, in_diagram, source, quote, origin, shipped_hash, version, changed_at, changed_by) VALUES"
                + " (:code, :component, :position, :kk, :ru, :en, :period, :yearFrom, :yearTo, :diagram, :source,"
                + " :quote, :origin, :hash, 1, :at, :by)";
        texts(jdbc.sql(sql), "", item.text()).param("code", item.code()).param("component", item.component().code())
                .param("position", position).param("period", item.period()).param("yearFrom", item.yearFrom())
                .param("yearTo", item.yearTo()).param("diagram", item.inDiagram()).param("source", item.source())
                .param("quote", item.quote()).param("origin", item.origin().name()).param("hash", hash)
                .param("at", now()).param("by", actor.id()).update();
        journal.append(new AuditRecord(actor, "reform-item", item.code(), action, before.orElse(null),
                reads.item(item.code()).orElseThrow()));
    }

    /** Stores a shipped programme, new or changed, with its measures and milestones. */
    void programme(Monitor.Programme p, int position, String hash, Actor actor) {
        Monitor.Programme before = programme(p.code()).orElse(null);
        String sql = before != null
                ? "UPDATE reforms_programme SET component = :component, position = :position, name_kk = :kk,"
                + " name_ru = :ru, name_en = :en, period = :period, year_from = :yearFrom, year_to = :yearTo,"
                + " budget_usd = :budget, budget_qualifier = :qualifier, owner_kk = :ownerkk, owner_ru = :ownerru,"
                + " owner_en = :owneren, status = :status, source = :source, quote = :quote, shipped_hash = :hash,"
                + " version = version + 1, changed_at = :at, changed_by = :by WHERE code = :code"
                : "INSERT INTO reforms_programme (code, component, position, name_kk, name_ru, name_en, period,"
                + " year_from, year_to, budget_usd, budget_qualifier, owner_kk, owner_ru, owner_en, status, source,"
                + " quote, origin, shipped_hash, version, changed_at, changed_by) VALUES (:code, :component,"
                + " :position, :kk, :ru, :en, :period, :yearFrom, :yearTo, :budget, :qualifier, :ownerkk, :ownerru,"
                + " :owneren, :status, :source, :quote, 'SHIPPED', :hash, 1, :at, :by)";
        texts(texts(jdbc.sql(sql), "", p.name()), "owner", p.owner()).param("code", p.code())
                .param("component", p.component().code()).param("position", position).param("period", p.period())
                .param("yearFrom", p.yearFrom()).param("yearTo", p.yearTo()).param("budget", p.budgetUsd())
                .param("qualifier", p.budgetQualifier()).param("status", p.status()).param("source", p.source())
                .param("quote", p.quote()).param("hash", hash).param("at", now()).param("by", actor.id()).update();
        jdbc.sql("DELETE FROM reforms_programme_step WHERE programme_code = :code").param("code", p.code()).update();
        int step = 0;
        for (Monitor.Step s : concat(p.measures(), p.milestones())) {
            texts(jdbc.sql("INSERT INTO reforms_programme_step (programme_code, position, kind, text_kk, text_ru,"
                    + " text_en, period, year_from, source) VALUES (:code, :position, :kind, :kk, :ru, :en, :period,"
                    + " :year, :source)"), "", s.text()).param("code", p.code()).param("position", step++)
                    .param("kind", s.kind()).param("period", s.period()).param("year", s.year())
                    .param("source", s.source()).update();
        }
        journal.append(new AuditRecord(actor, "reform-programme", p.code(), "reforms.programme.loaded", before,
                programme(p.code()).orElseThrow()));
    }

    /** An analyst moves a programme to another status. */
    void status(Monitor.Programme before, String status, Actor actor) {
        jdbc.sql("UPDATE reforms_programme SET status = :status, version = version + 1, changed_at = :at,"
                + " changed_by = :by WHERE code = :code").param("status", status).param("at", now())
                .param("by", actor.id()).param("code", before.code()).update();
        journal.append(new AuditRecord(actor, "reform-programme", before.code(), "reforms.programme.status-changed",
                Map.of("status", before.status(), "version", before.version()),
                Map.of("status", status, "version", before.version() + 1)));
    }

    /** Stores a shipped act, new or changed. */
    void act(Monitor.Act a, int position, String hash, Actor actor) {
        Monitor.Act before = reads.acts().stream().filter(x -> x.code().equals(a.code())).findFirst().orElse(null);
        String sql = before != null
                ? "UPDATE reforms_act SET component = :component, position = :position, name_kk = :kk, name_ru = :ru,"
                + " name_en = :en, summary_kk = :summarykk, summary_ru = :summaryru, summary_en = :summaryen,"
                + " period = :period, year_from = :year, status = :status, source = :source, quote = :quote,"
                + " shipped_hash = :hash, version = version + 1, changed_at = :at, changed_by = :by WHERE code = :code"
                : "INSERT INTO reforms_act (code, component, position, name_kk, name_ru, name_en, summary_kk,"
                + " summary_ru, summary_en, period, year_from, status, source, quote, origin, shipped_hash, version,"
                + " changed_at, changed_by) VALUES (:code, :component, :position, :kk, :ru, :en, :summarykk,"
                + " :summaryru, :summaryen, :period, :year, :status, :source, :quote, 'SHIPPED', :hash, 1, :at, :by)";
        texts(texts(jdbc.sql(sql), "", a.name()), "summary", a.summary()).param("code", a.code())
                .param("component", a.component().code()).param("position", position).param("period", a.period())
                .param("year", a.year()).param("status", a.status()).param("source", a.source())
                .param("quote", a.quote()).param("hash", hash).param("at", now()).param("by", actor.id()).update();
        journal.append(new AuditRecord(actor, "reform-act", a.code(), "reforms.act.loaded", before, a));
    }

    /**
     * Stores a shipped indicator and replaces its shipped values; a value an analyst recorded for
     * the same period and category stays.
     */
    void indicator(Monitor.Series s, int position, String hash, Actor actor) {
        boolean exists = jdbc.sql("SELECT COUNT(*) FROM reforms_indicator WHERE code = :code").param("code", s.code())
                .query(Integer.class).single() > 0;
        String sql = exists
                ? "UPDATE reforms_indicator SET component = :component, position = :position, name_kk = :kk,"
                + " name_ru = :ru, name_en = :en, unit = :unit, note_kk = :notekk, note_ru = :noteru, note_en = :noteen,"
                + " shipped_hash = :hash, changed_at = :at, changed_by = :by WHERE code = :code"
                : "INSERT INTO reforms_indicator (code, component, position, name_kk, name_ru, name_en, unit, note_kk,"
                + " note_ru, note_en, shipped_hash, changed_at, changed_by) VALUES (:code, :component, :position, :kk,"
                + " :ru, :en, :unit, :notekk, :noteru, :noteen, :hash, :at, :by)";
        texts(texts(jdbc.sql(sql), "", s.name()), "note", s.note()).param("code", s.code())
                .param("component", s.component().code()).param("position", position).param("unit", s.unit())
                .param("hash", hash).param("at", now()).param("by", actor.id()).update();
        jdbc.sql("DELETE FROM reforms_observation WHERE indicator_code = :code AND origin = 'SHIPPED'")
                .param("code", s.code()).update();
        int order = 0;
        for (Monitor.Observation o : s.observations()) {
            insertObservation(s.code(), o, order++, actor, false);
        }
        journal.append(new AuditRecord(actor, "reform-indicator", s.code(), "reforms.indicator.loaded", null, s));
    }

    /** An analyst records a value of a paper indicator (a new one, or a new version of one). */
    void observation(String indicator, Monitor.Observation o, Actor actor) {
        Map<String, Object> before = jdbc.sql("SELECT period, category, amount, qualifier, source, origin, version"
                + " FROM reforms_observation WHERE indicator_code = :code AND period = :period AND category = :category")
                .param("code", indicator).param("period", o.period()).param("category", category(o))
                .query().listOfRows().stream().findFirst().orElse(null);
        if (before == null) {
            insertObservation(indicator, o, 1000, actor, true);
        } else {
            jdbc.sql("UPDATE reforms_observation SET amount = :value, qualifier = :qualifier, source = :source,"
                    + " quote = :quote, origin = 'ANALYST', version = version + 1, changed_at = :at, changed_by = :by"
                    + " WHERE indicator_code = :code AND period = :period AND category = :category")
                    .param("value", o.value()).param("qualifier", o.qualifier()).param("source", o.source())
                    .param("quote", o.quote()).param("at", now()).param("by", actor.id()).param("code", indicator)
                    .param("period", o.period()).param("category", category(o)).update();
        }
        journal.append(new AuditRecord(actor, "reform-indicator", indicator, "reforms.observation.recorded", before, o));
    }

    private void insertObservation(String indicator, Monitor.Observation o, int position, Actor actor,
            boolean analyst) {
        LocalizedText name = o.categoryName();
        jdbc.sql("INSERT INTO reforms_observation (indicator_code, period, category, position, category_kk,"
                + " category_ru, category_en, amount, qualifier, source, quote, origin, version, changed_at, changed_by)"
                + " SELECT :code, :period, :category, :position, :kk, :ru, :en, :value, :qualifier, :source, :quote,"
                + " :origin, 1, :at, :by WHERE NOT EXISTS (SELECT 1 FROM reforms_observation WHERE indicator_code ="
                + " :code AND period = :period AND category = :category)").param("code", indicator)
                .param("period", o.period()).param("category", category(o)).param("position", position)
                .param("kk", name == null ? null : name.kk()).param("ru", name == null ? null : name.ru())
                .param("en", name == null ? null : name.en()).param("value", o.value())
                .param("qualifier", o.qualifier()).param("source", o.source()).param("quote", o.quote())
                .param("origin", analyst ? "ANALYST" : "SHIPPED").param("at", now()).param("by", actor.id()).update();
    }

    private Optional<Monitor.Programme> programme(String code) {
        return reads.programmes().stream().filter(p -> p.code().equals(code)).findFirst();
    }

    private static String category(Monitor.Observation o) {
        return o.category() == null ? "" : o.category();
    }

    private static StatementSpec texts(StatementSpec sql, String prefix, LocalizedText text) {
        return sql.param(prefix + "kk", text == null ? null : text.kk()).param(prefix + "ru", text == null ? null : text.ru())
                .param(prefix + "en", text == null ? null : text.en());
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }
}
