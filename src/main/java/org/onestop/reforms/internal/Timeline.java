package org.onestop.reforms.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.onestop.kernel.LocalizedText;

/**
 * The reform's course in time: programmes (from their first year), their milestones, legislative
 * acts and chance events (component D), in year order; what the paper does not date comes last.
 */
@org.springframework.stereotype.Component
class Timeline {

    /** One event: its year (or null), what kind it is, its period as written, text and link. */
    record Event(Integer year, String kind, Component component, String period, LocalizedText text, String href) {
    }

    private final ReformReads reads;

    Timeline(ReformReads reads) {
        this.reads = reads;
    }

    List<Event> events() {
        List<Event> events = new ArrayList<>();
        for (Monitor.Programme p : reads.programmes()) {
            String href = "/reforms/components/" + p.component().code() + "#programme-" + p.code();
            events.add(new Event(p.yearFrom() != null ? p.yearFrom() : p.yearTo(), "programme", p.component(),
                    p.period(), p.name(), href));
            p.milestones().forEach(m -> events.add(new Event(m.year(), "milestone", p.component(), m.period(),
                    m.text(), href)));
        }
        reads.acts().forEach(a -> events.add(new Event(a.year(), "act", a.component(), a.period(), a.name(),
                "/reforms/components/" + a.component().code() + "#act-" + a.code())));
        reads.items().stream().filter(i -> i.component() == Component.D).forEach(i -> events.add(new Event(
                i.yearFrom(), "chance", Component.D, i.period(), i.text(), "/reforms/components/D#item-" + i.code())));
        events.sort(Comparator.comparing(Event::year, Comparator.nullsLast(Comparator.naturalOrder())));
        return events;
    }
}
