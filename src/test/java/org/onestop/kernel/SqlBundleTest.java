package org.onestop.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onestop.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A bundle's statements run in order with their own parameters and report each one's row count;
 * the first failure stops them and rolls the transaction back, on PostgreSQL (one round trip) as on
 * H2 (one statement after the other).
 */
@DatabaseTest
class SqlBundleTest {

    @Autowired
    private SqlBundles bundles;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private TransactionTemplate transaction;

    private String group;

    @BeforeEach
    void table() {
        jdbc.sql("CREATE TABLE IF NOT EXISTS kernel_bundle_probe (id VARCHAR(60) PRIMARY KEY, grp VARCHAR(40) NOT NULL,"
                + " label VARCHAR(40), amount BIGINT)").update();
        group = UUID.randomUUID().toString();
    }

    @Test
    void statementsRunInOrderEachWithItsOwnParametersAndCountTheirRows() {
        int[] counts = transaction.execute(status -> {
            SqlBundle writes = bundles.start();
            insert(writes, "a", "Қостанай; 'quoted'", 5L);
            insert(writes, "b", null, null);
            writes.add("UPDATE kernel_bundle_probe SET amount = :amount WHERE grp = :group AND id IN (:ids)")
                    .param("amount", 7L).param("group", group).param("ids", List.of(group + "a", group + "b"));
            writes.add("UPDATE kernel_bundle_probe SET amount = 0 WHERE id = :id").param("id", "nobody");
            assertThat(writes.size()).isEqualTo(4);
            return writes.execute();
        });

        assertThat(counts).containsExactly(1, 1, 2, 0);
        assertThat(rows()).containsExactly(group + "a|Қостанай; 'quoted'|7", group + "b|null|7");
    }

    @Test
    void aBundleIsEmptyOnceRunAndAnEmptyOneDoesNothing() {
        transaction.executeWithoutResult(status -> {
            SqlBundle writes = bundles.start();
            assertThat(writes.execute()).isEmpty();
            insert(writes, "a", "first", 1L);
            assertThat(writes.execute()).containsExactly(1);
            assertThat(writes.size()).isZero();
            assertThat(writes.execute()).isEmpty();
        });

        assertThat(rows()).containsExactly(group + "a|first|1");
    }

    @Test
    void aTakenKeyStopsTheBundleAndTheTransactionLeavesNothing() {
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            SqlBundle writes = bundles.start();
            insert(writes, "a", "first", 1L);
            insert(writes, "a", "again", 2L);
            insert(writes, "c", "after", 3L);
            writes.execute();
        })).isInstanceOf(DuplicateKeyException.class);

        assertThat(rows()).isEmpty();
    }

    @Test
    void aStatementThatMustChangeARowAndChangesNoneFailsWithItsOwnErrorAndLeavesNothing() {
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            SqlBundle writes = bundles.start();
            insert(writes, "a", "first", 1L);
            writes.add("UPDATE kernel_bundle_probe SET label = 'taken' WHERE id = :id AND label IS NULL")
                    .param("id", group + "a")
                    .onNoRows(() -> new IllegalStateException("upload " + group + "a was taken meanwhile"));
            writes.execute();
        })).isInstanceOf(IllegalStateException.class).hasMessage("upload " + group + "a was taken meanwhile");

        assertThat(rows()).isEmpty();
    }

    @Test
    void aStatementWithPlaceholdersRunsBetweenNamedOnes() {
        int[] counts = transaction.execute(status -> {
            SqlBundle writes = bundles.start();
            insert(writes, "a", "named", 1L);
            writes.addPositional("INSERT INTO kernel_bundle_probe (id, grp, label, amount) VALUES (?, ?, ?, ?), (?, ?, ?, ?)",
                    java.util.Arrays.asList(group + "b", group, null, 2L, group + "c", group, "Алматы", 3L));
            writes.add("UPDATE kernel_bundle_probe SET amount = amount * 10 WHERE grp = :group").param("group", group);
            return writes.execute();
        });

        assertThat(counts).containsExactly(1, 2, 3);
        assertThat(rows()).containsExactly(group + "a|named|10", group + "b|null|20", group + "c|Алматы|30");
    }

    @Test
    void oneTransactionHasOneBundleWhoseLeftoversRunJustBeforeItCommits() {
        transaction.executeWithoutResult(status -> {
            SqlBundle writes = bundles.ofTransaction();
            assertThat(bundles.ofTransaction()).isSameAs(writes);
            insert(writes, "a", "left for the commit", 1L);
            assertThat(rows()).isEmpty();
        });

        assertThat(rows()).containsExactly(group + "a|left for the commit|1");
    }

    @Test
    void aTransactionSuspendedForAnotherKeepsItsBundleAndARollbackRunsNone() {
        TransactionTemplate inner = new TransactionTemplate(transaction.getTransactionManager());
        inner.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        transaction.executeWithoutResult(status -> {
            SqlBundle outer = bundles.ofTransaction();
            insert(outer, "a", "outer", 1L);
            inner.executeWithoutResult(innerStatus -> {
                assertThat(bundles.ofTransaction()).isNotSameAs(outer);
                insert(bundles.ofTransaction(), "b", "inner, rolled back", 2L);
                innerStatus.setRollbackOnly();
            });
            assertThat(bundles.ofTransaction()).isSameAs(outer);
            assertThat(outer.size()).isOne();
        });

        assertThat(rows()).containsExactly(group + "a|outer|1");
        assertThatThrownBy(() -> bundles.ofTransaction()).isInstanceOf(IllegalStateException.class)
                .hasMessage("a transaction's bundle needs a transaction");
    }

    @Test
    void aBlankStatementIsRefused() {
        assertThatThrownBy(() -> bundles.start().add(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a statement is required");
    }

    private void insert(SqlBundle writes, String id, String label, Long amount) {
        writes.add("INSERT INTO kernel_bundle_probe (id, grp, label, amount) VALUES (:id, :group, :label, :amount)")
                .param("id", group + id).param("group", group).param("label", label).param("amount", amount);
    }

    private List<String> rows() {
        return jdbc.sql("SELECT id, label, amount FROM kernel_bundle_probe WHERE grp = :group ORDER BY id")
                .param("group", group)
                .query((rs, n) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getObject(3))
                .list();
    }
}
