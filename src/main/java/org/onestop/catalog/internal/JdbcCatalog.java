package org.onestop.catalog.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.onestop.catalog.Catalog;
import org.onestop.catalog.LifeEvent;
import org.onestop.catalog.ServiceQuery;
import org.onestop.catalog.ServiceStandard;
import org.onestop.kernel.Paging;
import org.onestop.kernel.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The register read from its tables. */
@Repository
class JdbcCatalog implements Catalog {

    static final int MAX_PAGE_SIZE = 100;

    /** The version of each service in force on :day, one row per service. */
    static final String IN_FORCE = """
            SELECT * FROM (
                SELECT v.*, ROW_NUMBER() OVER (PARTITION BY v.code
                                               ORDER BY v.effective_from DESC, v.version_number DESC) AS place
                  FROM catalog_service_version v
                 WHERE v.effective_from <= :day) ranked
             WHERE place = 1""";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ProviderKeys providers;
    private final SearchIndex index;
    private final Workflows workflows;
    /** Versions never change once published, so each is read from the table once. */
    private final Map<Long, ServiceStandard> versions = new java.util.concurrent.ConcurrentHashMap<>();

    JdbcCatalog(JdbcClient jdbc, Clock clock, ProviderKeys providers, SearchIndex index, Workflows workflows) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.providers = providers;
        this.index = index;
        this.workflows = workflows;
    }

    @Override
    public Optional<org.onestop.catalog.Workflow> workflow(String code) {
        return workflows.get(code);
    }

    @Override
    public Optional<ServiceStandard> current(String code) {
        return index.current(code);
    }

    @Override
    public Optional<ServiceStandard> inForce(String code, LocalDate date) {
        return jdbc.sql("SELECT id, version_number, definition FROM catalog_service_version WHERE code = :code"
                        + " AND effective_from <= :day ORDER BY effective_from DESC, version_number DESC"
                        + " FETCH FIRST 1 ROWS ONLY")
                .param("code", code).param("day", date).query(JdbcCatalog::standard).optional();
    }

    @Override
    public Optional<ServiceStandard> version(long versionId) {
        ServiceStandard known = versions.get(versionId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<ServiceStandard> read = jdbc.sql("SELECT id, version_number, definition FROM catalog_service_version"
                + " WHERE id = :id").param("id", versionId).query(JdbcCatalog::standard).optional();
        read.ifPresent(s -> versions.put(versionId, s));
        return read;
    }

    @Override
    public List<ServiceStandard> versions(String code) {
        return jdbc.sql("SELECT id, version_number, definition FROM catalog_service_version WHERE code = :code"
                        + " ORDER BY version_number")
                .param("code", code).query(JdbcCatalog::standard).list();
    }

    @Override
    public List<ServiceStandard> search(ServiceQuery query) {
        Paging.check(query.page(), query.size(), MAX_PAGE_SIZE);
        Set<String> keys = Set.of();
        if (query.body() != null) {
            keys = providers.keysFor(query.body());
            if (keys.isEmpty()) {
                return List.of();
            }
        }
        return index.search(query, keys);
    }

    @Override
    public List<LifeEvent> lifeEvents() {
        Map<String, List<String>> services = new LinkedHashMap<>();
        jdbc.sql("SELECT event_code, service_code FROM catalog_life_event_service ORDER BY event_code, position")
                .query((rs, n) -> services.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)))
                .list();
        return jdbc.sql("SELECT * FROM catalog_life_event ORDER BY position")
                .query((rs, n) -> new LifeEvent(rs.getString("code"), text(rs, "name"), text(rs, "description"),
                        services.getOrDefault(rs.getString("code"), List.of())))
                .list();
    }

    static ServiceStandard standard(ResultSet rs, int row) throws SQLException {
        ServiceStandard s = StandardRules.check(CatalogJson.read(rs.getString("definition")), RegisterContext.STORED);
        return new ServiceStandard(s.code(), rs.getLong("id"), rs.getInt("version_number"), s.effectiveFrom(),
                s.applicant(), s.name(), s.description(), s.provider(), s.partnerMayDeliver(), s.channels(),
                s.deadline(), s.maxWaitMinutes(), s.maxDeskMinutes(), s.fee(), s.documents(), s.form(),
                s.refusalGrounds(), s.result(), s.legalBasis(), s.visits(), s.workflow());
    }

    private static LocalizedText text(ResultSet rs, String column) throws SQLException {
        return new LocalizedText(rs.getString(column + "_kk"), rs.getString(column + "_ru"), rs.getString(column + "_en"));
    }
}
