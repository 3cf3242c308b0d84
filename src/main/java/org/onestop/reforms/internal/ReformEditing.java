package org.onestop.reforms.internal;

import java.math.BigDecimal;
import java.util.UUID;
import org.onestop.kernel.Actor;
import org.onestop.kernel.DomainException;
import org.onestop.kernel.LocalizedText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Analysts' changes to the monitor: evidence items added or changed, values of the paper's
 * indicators recorded, programmes moved to another status. Each is checked here, stored and
 * journalled in one transaction; a shipped row an analyst changed keeps the change until the
 * shipped file itself changes.
 */
@Service
class ReformEditing {

    /** An evidence item as an analyst writes it; the source is where the evidence comes from. */
    record ItemRequest(String component, LocalizedText text, String period, Integer yearFrom, Integer yearTo,
            Boolean inDiagram, String source, String quote) {
    }

    /** A value of an indicator; category and its name only for a breakdown. */
    record ValueRequest(String period, String category, LocalizedText categoryName, BigDecimal value,
            String qualifier, String source, String quote) {
    }

    private final ReformReads reads;
    private final ReformWrites writes;

    ReformEditing(ReformReads reads, ReformWrites writes) {
        this.reads = reads;
        this.writes = writes;
    }

    @Transactional
    Monitor.Item add(ItemRequest request, Actor actor) {
        Component component = Component.of(request.component());
        String code = component.code().toLowerCase(java.util.Locale.ROOT) + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        Monitor.Item item = item(code, component, request, Origin.ANALYST);
        writes.item(item, 1000, null, actor, "reforms.item.added");
        return reads.item(code).orElseThrow();
    }

    @Transactional
    Monitor.Item change(String code, ItemRequest request, Actor actor) {
        Monitor.Item before = reads.item(code).orElseThrow(() -> DomainException.notFound("reforms.item.unknown",
                "there is no item " + code, code));
        Component component = request.component() == null ? before.component() : Component.of(request.component());
        int position = reads.items().stream().filter(i -> i.component() == before.component()).toList().indexOf(before);
        writes.item(item(code, component, request, before.origin()), position, null, actor, "reforms.item.changed");
        return reads.item(code).orElseThrow();
    }

    @Transactional
    Monitor.Series record(String indicator, ValueRequest request, Actor actor) {
        if (LiveIndicator.of(indicator).isPresent()) {
            throw DomainException.invalid("reforms.indicator.live", "the platform measures this indicator itself",
                    indicator);
        }
        Monitor.Series series = reads.series().stream().filter(s -> s.code().equals(indicator)).findFirst()
                .orElseThrow(() -> DomainException.notFound("reforms.indicator.unknown", "no indicator " + indicator,
                        indicator));
        try {
            ReformRules.period(request.period());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("reforms.period", e.getMessage(), request.period());
        }
        if (request.value() == null) {
            throw DomainException.invalid("reforms.value", "a value needs a number");
        }
        String qualifier = request.qualifier() == null ? "exact" : request.qualifier();
        if (!ReformRules.QUALIFIERS.contains(qualifier)) {
            throw DomainException.invalid("reforms.qualifier", "qualifier is one of " + ReformRules.QUALIFIERS, qualifier);
        }
        String category = request.category() == null || request.category().isBlank() ? null : request.category().strip();
        if (category != null && (!ReformRules.CODE.matcher(category).matches() || request.categoryName() == null
                || !request.categoryName().isComplete())) {
            throw DomainException.invalid("reforms.category", "a category has a code and a name in kk, ru and en");
        }
        writes.observation(series.code(), new Monitor.Observation(request.period(), category, request.categoryName(),
                request.value(), qualifier, source(request.source()), quote(request.quote()), Origin.ANALYST),
                actor);
        return reads.series().stream().filter(s -> s.code().equals(indicator)).findFirst().orElseThrow();
    }

    @Transactional
    Monitor.Programme status(String code, String status, Actor actor) {
        Monitor.Programme before = reads.programmes().stream().filter(p -> p.code().equals(code)).findFirst()
                .orElseThrow(() -> DomainException.notFound("reforms.programme.unknown", "no programme " + code, code));
        if (status == null || !ReformRules.PROGRAMME_STATUSES.contains(status)) {
            throw DomainException.invalid("reforms.status", "status is planned, under-way or completed", status);
        }
        writes.status(before, status, actor);
        return reads.programmes().stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
    }

    private static Monitor.Item item(String code, Component component, ItemRequest request, Origin origin) {
        if (request.text() == null || !request.text().isComplete() || longest(request.text()) > 1000) {
            throw DomainException.invalid("reforms.item.text", "the item's text needs kk, ru and en, up to 1,000 characters each");
        }
        Integer from = request.yearFrom();
        Integer to = request.yearTo();
        if (from != null && (from < 1900 || from > 2100) || to != null && (to < 1900 || to > 2100 || from != null && to < from)) {
            throw DomainException.invalid("reforms.item.years", "years are between 1900 and 2100, the end not before the start");
        }
        String period = blankToNull(request.period());
        if (period != null && period.length() > 40) {
            throw DomainException.invalid("reforms.item.period", "a period has at most 40 characters");
        }
        return new Monitor.Item(code, component, request.text(), period, from, to,
                Boolean.TRUE.equals(request.inDiagram()), source(request.source()), quote(request.quote()), origin, 0);
    }

    private static String source(String source) {
        if (source == null || source.isBlank() || source.length() > 500) {
            throw DomainException.invalid("reforms.source", "say where the evidence comes from (up to 500 characters)");
        }
        return source.strip();
    }

    private static String quote(String quote) {
        String text = blankToNull(quote);
        if (text != null && text.length() > 2000) {
            throw DomainException.invalid("reforms.quote", "a quotation has at most 2,000 characters");
        }
        return text;
    }

    private static int longest(LocalizedText text) {
        return Math.max(text.kk().length(), Math.max(text.ru().length(), text.en().length()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
