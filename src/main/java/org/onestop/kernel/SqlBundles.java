package org.onestop.kernel;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Starts {@link SqlBundle}s on the application's database. */
@Component
public class SqlBundles {

    /** Holds a transaction's bundle, and runs what is left in it just before the transaction commits. */
    private static final class TransactionBundle implements TransactionSynchronization {

        private final SqlBundle bundle;

        private TransactionBundle(SqlBundle bundle) {
            this.bundle = bundle;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            bundle.execute();
        }
    }

    private final NamedParameterJdbcTemplate jdbc;
    private volatile Boolean postgres;

    public SqlBundles(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** An empty bundle. */
    public SqlBundle start() {
        if (postgres == null) {
            postgres = Databases.postgres(jdbc.getJdbcTemplate());
        }
        return new SqlBundle(jdbc, postgres);
    }

    /**
     * The current transaction's bundle, made on first use: the modules taking part in one
     * transaction add their writes to the same bundle, so that they travel together. Whoever needs
     * them done runs it ({@link SqlBundle#execute}); what is still in it when the transaction is
     * about to commit runs then. A transaction suspended for another keeps its own.
     *
     * @throws IllegalStateException outside a transaction
     */
    public SqlBundle ofTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("a transaction's bundle needs a transaction");
        }
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof TransactionBundle held) {
                return held.bundle;
            }
        }
        TransactionBundle held = new TransactionBundle(start());
        TransactionSynchronizationManager.registerSynchronization(held);
        return held.bundle;
    }
}
