package org.onestop.directory.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.onestop.directory.CivilServant;
import org.onestop.directory.Region;
import org.onestop.directory.ServiceCentre;
import org.onestop.directory.StateBody;
import org.onestop.kernel.LocalizedText;

/** The four directory tables, each with its columns and how a record fills them. */
final class DirectoryTables {

    static final DirectoryTable<Region> REGIONS = new DirectoryTable<>("directory_region", "code",
            columns(DirectoryRows.REGION_COLUMNS), DirectoryRows::region, region -> {
                Map<String, Object> values = new HashMap<>();
                values.put("code", region.code());
                values.put("kind", region.kind().name());
                text(values, "name", region.name());
                text(values, "seat", region.seat());
                return values;
            });

    static final DirectoryTable<StateBody> BODIES = new DirectoryTable<>("directory_state_body", "code",
            columns(DirectoryRows.BODY_COLUMNS), DirectoryRows::body, body -> {
                Map<String, Object> values = new HashMap<>();
                values.put("code", body.code());
                values.put("kind", body.kind().name());
                values.put("level", body.level().name());
                values.put("parent_code", body.parentCode());
                values.put("region_code", body.regionCode());
                text(values, "name", body.name());
                return values;
            });

    static final DirectoryTable<ServiceCentre> CENTRES = new DirectoryTable<>("directory_service_centre", "code",
            columns(DirectoryRows.CENTRE_COLUMNS), DirectoryRows::centre, centre -> {
                Map<String, Object> values = new HashMap<>();
                values.put("code", centre.code());
                values.put("region_code", centre.regionCode());
                text(values, "name", centre.name());
                text(values, "address", centre.address());
                values.put("phone", centre.phone());
                values.put("hours", WeeklyHours.format(centre.hours()));
                return values;
            });

    static final DirectoryTable<CivilServant> SERVANTS = new DirectoryTable<>("directory_civil_servant", "iin",
            columns(DirectoryRows.SERVANT_COLUMNS), DirectoryRows::servant, servant -> {
                Map<String, Object> values = new HashMap<>();
                values.put("iin", servant.iin().value());
                values.put("last_name", servant.lastName());
                values.put("first_name", servant.firstName());
                values.put("middle_name", servant.middleName());
                values.put("body_code", servant.bodyCode());
                values.put("centre_code", servant.centreCode());
                text(values, "position", servant.position());
                values.put("category", servant.category());
                values.put("roles", DirectoryRows.roles(servant));
                return values;
            });

    private DirectoryTables() {
    }

    /** The columns a record fills: the select list without {@code active}. */
    private static List<String> columns(String selectList) {
        return List.of(selectList.replace(", active", "").split(", "));
    }

    private static void text(Map<String, Object> values, String column, LocalizedText text) {
        values.put(column + "_kk", text.kk());
        values.put(column + "_ru", text.ru());
        values.put(column + "_en", text.en());
    }
}
