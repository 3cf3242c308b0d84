package org.onestop.reforms.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.onestop.integrity.AuditJournal;
import org.onestop.integrity.AuditRecord;
import org.onestop.kernel.Actor;
import org.onestop.kernel.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assessments per component, versioned: every save is a new version on top of the one the
 * analyst read ({@code basedOn}); a save on top of an older one is refused, so that nobody
 * overwrites a judgement they have not seen. Each save enters the audit journal with it.
 */
@Service
class Assessments {

    /** What an analyst saves. */
    record Request(String fit, String judgement, List<String> evidence, Integer basedOn) {
    }

    private final JdbcClient jdbc;
    private final ReformReads reads;
    private final AuditJournal journal;
    private final Clock clock;

    Assessments(JdbcClient jdbc, ReformReads reads, AuditJournal journal, Clock clock) {
        this.jdbc = jdbc;
        this.reads = reads;
        this.journal = journal;
        this.clock = clock;
    }

    /** Every version, newest first. */
    List<Assessment> history(Component component) {
        return jdbc.sql("SELECT * FROM reforms_assessment WHERE component = :component ORDER BY version DESC")
                .param("component", component.code()).query((rs, n) -> new Assessment(component, rs.getInt("version"),
                        Assessment.Fit.valueOf(rs.getString("fit")), rs.getString("judgement"),
                        List.of(rs.getString("evidence").split(" ")),
                        rs.getObject("assessed_at", OffsetDateTime.class).toInstant(), rs.getString("assessed_by")))
                .list();
    }

    Optional<Assessment> latest(Component component) {
        return history(component).stream().findFirst();
    }

    @Transactional
    Assessment save(Component component, Request request, Actor actor) {
        Assessment.Fit fit = fit(request.fit());
        String judgement = request.judgement() == null ? "" : request.judgement().strip();
        if (judgement.isEmpty() || judgement.length() > 4000) {
            throw DomainException.invalid("reforms.assessment.judgement", "write the judgement (up to 4,000 characters)");
        }
        List<String> evidence = evidence(request.evidence());
        int current = jdbc.sql("SELECT COALESCE(MAX(version), 0) FROM reforms_assessment WHERE component = :component")
                .param("component", component.code()).query(Integer.class).single();
        int basedOn = request.basedOn() == null ? 0 : request.basedOn();
        if (basedOn != current) {
            throw new DomainException(DomainException.Kind.CONFLICT, "reforms.assessment.stale",
                    "version " + current + " was saved after the one this edit started from", current);
        }
        Assessment saved = new Assessment(component, current + 1, fit, judgement, evidence, clock.instant(), actor.id());
        jdbc.sql("INSERT INTO reforms_assessment (component, version, fit, judgement, evidence, assessed_at, assessed_by)"
                + " VALUES (:component, :version, :fit, :judgement, :evidence, :at, :by)")
                .param("component", component.code()).param("version", saved.version()).param("fit", fit.name())
                .param("judgement", judgement).param("evidence", String.join(" ", evidence))
                .param("at", saved.assessedAt().atOffset(ZoneOffset.UTC)).param("by", actor.id()).update();
        journal.append(new AuditRecord(actor, "reform-assessment", component.code(), "reforms.assessment.saved",
                latestBefore(component, current), saved));
        return saved;
    }

    private Object latestBefore(Component component, int version) {
        return version == 0 ? null : Map.of("version", version);
    }

    private static Assessment.Fit fit(String fit) {
        try {
            return Assessment.Fit.valueOf(fit.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw DomainException.invalid("reforms.assessment.fit", "fit is good, partial or poor", fit);
        }
    }

    /** The evidence references, each naming an item, programme, act or indicator that exists. */
    private List<String> evidence(List<String> references) {
        List<String> cleaned = references == null ? List.of() : references.stream().filter(r -> r != null)
                .flatMap(r -> Arrays.stream(r.split("[\\s,]+"))).filter(r -> !r.isBlank()).distinct().toList();
        if (cleaned.isEmpty()) {
            throw DomainException.invalid("reforms.assessment.evidence.none", "link at least one piece of evidence");
        }
        Set<String> known = known();
        for (String reference : cleaned) {
            if (!known.contains(reference)) {
                throw DomainException.invalid("reforms.assessment.evidence", "no such evidence: " + reference, reference);
            }
        }
        return cleaned;
    }

    private Set<String> known() {
        Set<String> known = reads.items().stream().map(i -> "item:" + i.code()).collect(Collectors.toSet());
        reads.programmes().forEach(p -> known.add("programme:" + p.code()));
        reads.acts().forEach(a -> known.add("act:" + a.code()));
        reads.series().forEach(s -> known.add("indicator:" + s.code()));
        Arrays.stream(LiveIndicator.values()).forEach(i -> known.add("indicator:" + i.code()));
        return known;
    }
}
