package org.onestop.kernel;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Starts {@link SqlBundle}s on the application's database. */
@Component
public class SqlBundles {

    private final JdbcTemplate jdbc;
    private volatile Boolean postgres;

    public SqlBundles(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** An empty bundle. */
    public SqlBundle start() {
        if (postgres == null) {
            postgres = Databases.postgres(jdbc);
        }
        return new SqlBundle(jdbc, postgres);
    }
}
