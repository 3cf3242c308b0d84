package org.onestop.catalog.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** How a standard entry is stored: canonical JSON, keys sorted and nulls left out. */
final class CatalogJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    private CatalogJson() {
    }

    static String write(StandardEntry entry) {
        return JSON.writeValueAsString(entry);
    }

    static StandardEntry read(String json) {
        return JSON.readValue(json, StandardEntry.class);
    }
}
