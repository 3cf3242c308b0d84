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

    /**
     * Regions and bodies change only when the directory is loaded, which every node does at
     * start-up from the same files; they are read once and kept until the next load on this node.
     */
    private record Structure(List<Region> regions, List<StateBody> bodies) {
    }

    private volatile Structure structure;

    /** The loader changed the directory: read it again next time. */
    @org.springframework.context.event.EventListener(DirectoryLoader.Loaded.class)
    void reloaded() {
        structure = null;
    }

    private Structure structure() {
        Structure current = structure;
        if (current == null) {
            current = new Structure(
                    jdbc.sql("SELECT " + REGION_COLUMNS + " FROM directory_region WHERE active ORDER BY code")
                            .query(DirectoryRows::region).list(),
                    jdbc.sql("SELECT " + BODY_COLUMNS + " FROM directory_state_body WHERE active ORDER BY code")
                            .query(DirectoryRows::body).list());
            structure = current;
        }
        return current;
    }

    @Override
    public List<Region> regions() {
        return structure().regions();
    }

    @Override
    public Optional<Region> region(String code) {
        return structure().regions().stream().filter(r -> r.code().equals(code)).findFirst();
    }

    @Override
    public List<StateBody> bodies(String regionCode, StateBody.Level level) {
        return structure().bodies().stream()
                .filter(b -> regionCode == null || regionCode.equals(b.regionCode()))
                .filter(b -> level == null || level == b.level()).toList();
    }

    @Override
    public Optional<StateBody> body(String code) {
        return structure().bodies().stream().filter(b -> b.code().equals(code)).findFirst();
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
