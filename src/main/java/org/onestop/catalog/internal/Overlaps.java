package org.onestop.catalog.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onestop.catalog.ServiceStandard;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The functional review: services in force whose providers differ but which give the same result
 * to the same kind of applicant — one function done twice by the state.
 */
@Component
class Overlaps {

    /** One result given by several providers. */
    record Overlap(String resultType, ServiceStandard.ApplicantKind applicant, List<ServiceStandard> services) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    Overlaps(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    List<Overlap> current() {
        List<ServiceStandard> services = jdbc.sql("""
                        SELECT c.id, c.version_number, c.definition, c.result_type, c.applicant FROM (%s) c
                         WHERE EXISTS (SELECT 1 FROM (%s) other
                                        WHERE other.result_type = c.result_type AND other.applicant = c.applicant
                                          AND other.provider_key <> c.provider_key)
                         ORDER BY c.result_type, c.applicant, c.code""".formatted(JdbcCatalog.IN_FORCE,
                        JdbcCatalog.IN_FORCE))
                .param("day", LocalDate.now(clock))
                .query(JdbcCatalog::standard).list();
        Map<String, Overlap> groups = new LinkedHashMap<>();
        for (ServiceStandard s : services) {
            groups.computeIfAbsent(s.result().type() + "/" + s.applicant(),
                    key -> new Overlap(s.result().type(), s.applicant(), new ArrayList<>())).services().add(s);
        }
        return List.copyOf(groups.values());
    }
}
