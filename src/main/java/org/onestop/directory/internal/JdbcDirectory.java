package org.onestop.directory.internal;

import static org.onestop.directory.internal.DirectoryRows.BODY_COLUMNS;
import static org.onestop.directory.internal.DirectoryRows.CENTRE_COLUMNS;
import static org.onestop.directory.internal.DirectoryRows.REGION_COLUMNS;
import static org.onestop.directory.internal.DirectoryRows.SERVANT_COLUMNS;

import java.util.List;
import java.util.Optional;
import org.onestop.directory.CivilServant;
import org.onestop.directory.Directory;
import org.onestop.directory.Region;
import org.onestop.directory.ServiceCentre;
import org.onestop.directory.StateBody;
import org.onestop.kernel.Iin;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The directory read from its tables; lists hold active rows only. Made after the loader, so
 * that whoever reads the directory at start-up reads it loaded.
 */
@Repository
@org.springframework.context.annotation.DependsOn("directoryLoader")
class JdbcDirectory implements Directory {

    private final JdbcClient jdbc;

    JdbcDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Region> regions() {
        return jdbc.sql("SELECT " + REGION_COLUMNS + " FROM directory_region WHERE active ORDER BY code")
                .query(DirectoryRows::region).list();
    }

    @Override
    public Optional<Region> region(String code) {
        return jdbc.sql("SELECT " + REGION_COLUMNS + " FROM directory_region WHERE active AND code = :code")
                .param("code", code).query(DirectoryRows::region).optional();
    }

    @Override
    public List<StateBody> bodies(String regionCode, StateBody.Level level) {
        return jdbc.sql("SELECT " + BODY_COLUMNS + " FROM directory_state_body WHERE active"
                        + " AND (CAST(:region AS VARCHAR(10)) IS NULL OR region_code = :region)"
                        + " AND (CAST(:level AS VARCHAR(12)) IS NULL OR level = :level) ORDER BY code")
                .param("region", regionCode)
                .param("level", level == null ? null : level.name())
                .query(DirectoryRows::body).list();
    }

    @Override
    public Optional<StateBody> body(String code) {
        return jdbc.sql("SELECT " + BODY_COLUMNS + " FROM directory_state_body WHERE active AND code = :code")
                .param("code", code).query(DirectoryRows::body).optional();
    }

    @Override
    public java.util.Set<String> bodyAndSubordinates(String code) {
        return java.util.Set.copyOf(jdbc.sql("""
                        WITH RECURSIVE tree (code) AS (
                            SELECT code FROM directory_state_body WHERE code = :code AND active
                            UNION ALL
                            SELECT b.code FROM directory_state_body b JOIN tree t ON b.parent_code = t.code
                             WHERE b.active)
                        SELECT code FROM tree""")
                .param("code", code).query(String.class).list());
    }

    @Override
    public List<ServiceCentre> centres(String regionCode) {
        return jdbc.sql("SELECT " + CENTRE_COLUMNS + " FROM directory_service_centre WHERE active"
                        + " AND (CAST(:region AS VARCHAR(10)) IS NULL OR region_code = :region) ORDER BY code")
                .param("region", regionCode)
                .query(DirectoryRows::centre).list();
    }

    @Override
    public Optional<ServiceCentre> centre(String code) {
        return jdbc.sql("SELECT " + CENTRE_COLUMNS + " FROM directory_service_centre WHERE active AND code = :code")
                .param("code", code).query(DirectoryRows::centre).optional();
    }

    @Override
    public Optional<CivilServant> servant(Iin iin) {
        return jdbc.sql("SELECT " + SERVANT_COLUMNS + " FROM directory_civil_servant WHERE active AND iin = :iin")
                .param("iin", iin.value()).query(DirectoryRows::servant).optional();
    }

    @Override
    public List<CivilServant> servantsOf(String bodyCode) {
        return jdbc.sql("SELECT " + SERVANT_COLUMNS + " FROM directory_civil_servant"
                        + " WHERE active AND body_code = :body ORDER BY last_name, first_name, iin")
                .param("body", bodyCode).query(DirectoryRows::servant).list();
    }
}
