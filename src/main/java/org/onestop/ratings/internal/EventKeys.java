package org.onestop.ratings.internal;

import java.util.ArrayList;
import java.util.List;
import org.onestop.applications.ApplicationMoved;
import org.onestop.applications.DraftEnded;
import org.onestop.feedback.ComplaintAnswered;
import org.onestop.feedback.ComplaintFiled;
import org.onestop.feedback.FeedbackGiven;
import org.onestop.kernel.ReferenceNumber;

/**
 * The keys under which an event's facts are counted, once each: the listener records them as it
 * counts, and a rebuild records those of the events still waiting to be delivered, so that their
 * late delivery finds them counted. Filings have none: they are counted in their own transaction.
 */
final class EventKeys {

    private EventKeys() {
    }

    /** The decision's key, when the step stopped the clock. */
    static String decided(ApplicationMoved e) {
        return e.decidedAt() == null ? null : "decided:" + ReferenceNumber.parse(e.reference()).value();
    }

    /** The in-person visit's key, when the step was one. */
    static String visited(ApplicationMoved e) {
        return e.visit() == null ? null : "visited:" + ReferenceNumber.parse(e.reference()).value() + ":" + e.visit();
    }

    /** Whether the step has a fact to count: a decision's key or a visit's. */
    public static boolean counted(ApplicationMoved e) {
        return decided(e) != null || visited(e) != null;
    }

    static String draftEnded(DraftEnded e) {
        return "draft:" + e.draftId();
    }

    static String rated(FeedbackGiven e) {
        return "rated:" + ReferenceNumber.parse(e.reference()).value();
    }

    static String complained(ComplaintFiled e) {
        return "complained:" + ReferenceNumber.parse(e.number()).value();
    }

    static String answered(ComplaintAnswered e) {
        return "answered:" + ReferenceNumber.parse(e.number()).value();
    }

    /** Every key of an event the indicators count; none for any other object. */
    static List<String> of(Object event) {
        List<String> keys = new ArrayList<>(2);
        switch (event) {
            case ApplicationMoved e -> {
                if (decided(e) != null) {
                    keys.add(decided(e));
                }
                if (visited(e) != null) {
                    keys.add(visited(e));
                }
            }
            case DraftEnded e -> keys.add(draftEnded(e));
            case FeedbackGiven e -> keys.add(rated(e));
            case ComplaintFiled e -> keys.add(complained(e));
            case ComplaintAnswered e -> keys.add(answered(e));
            default -> {
            }
        }
        return keys;
    }
}
