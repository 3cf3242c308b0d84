package org.onestop.integrity.internal;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The before and after states of audit entries as canonical JSON: every object's keys sorted,
 * no whitespace, dates as ISO-8601 text. The same value always gives the same text, whatever its
 * type's property order, and the text does not depend on the application's own JSON settings.
 * A value with nothing to write (an object without properties) is refused rather than recorded
 * as {@code {}}.
 */
final class CanonicalJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
            .build();

    private CanonicalJson() {
    }

    /** The canonical JSON text of {@code value}, or {@code null} for {@code null}. */
    static String of(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return MAPPER.writeValueAsString(MAPPER.valueToTree(value));
        } catch (JacksonException e) {
            throw new IllegalArgumentException("an audit record's state cannot be written as JSON: "
                    + e.getOriginalMessage(), e);
        }
    }
}
