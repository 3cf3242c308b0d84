package org.onestop.integrity;

import java.util.Objects;
import org.onestop.kernel.Actor;

/**
 * What a module asks the journal to record: {@code actor} did {@code action} (such as
 * {@code application.submitted}) to the object {@code objectType}/{@code objectId} (such as
 * {@code application}/{@code 7KQ2-M9XP-4RH}). {@code before} and {@code after} are the object's
 * state around the action — any value Jackson can write as JSON (a record, a map), or
 * {@code null} — and are stored as canonical JSON text with sorted keys.
 *
 * <p>Object types may not contain {@code ':'}, so that every stream name belongs to one object.
 */
public record AuditRecord(Actor actor, String objectType, String objectId, String action, Object before,
        Object after) {

    public AuditRecord {
        Objects.requireNonNull(actor, "an audit record needs an actor");
        required(objectType, "object type", 100);
        required(objectId, "object id", 200);
        required(action, "action", 100);
        if (objectType.indexOf(':') >= 0) {
            throw new IllegalArgumentException("an object type may not contain ':', but '" + objectType + "' does");
        }
    }

    /** The stream this record goes to: {@code objectType + ":" + objectId}. */
    public String stream() {
        return objectType + ":" + objectId;
    }

    private static void required(String value, String name, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an audit record needs a non-blank " + name);
        }
        if (value.length() > maxLength) {
            throw new IllegalArgumentException("an audit record's " + name + " has at most " + maxLength
                    + " characters, not " + value.length());
        }
    }
}
