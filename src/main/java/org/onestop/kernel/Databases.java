package org.onestop.kernel;

import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/** Which database a connection reaches, for the few statements PostgreSQL and H2 write differently. */
public final class Databases {

    private Databases() {
    }

    /** Whether {@code jdbc}'s connections (the transaction's, within one) are PostgreSQL's. */
    public static boolean postgres(JdbcTemplate jdbc) {
        return Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) connection ->
                connection.isWrapperFor(PGConnection.class)));
    }
}
