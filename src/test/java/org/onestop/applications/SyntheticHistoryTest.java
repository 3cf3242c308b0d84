package org.onestop.applications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.onestop.integrity.AuditJournal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The generator on a database of its own (a context of its own, so not a {@code @DatabaseTest}). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties =
    "spring.datasource.url=jdbc:h2:mem:history;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
class SyntheticHistoryTest {

    @Autowired
    SyntheticHistory history;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditJournal journal;

    @Test
    void aYearOfHistorySpreadsOverServicesBodiesAndChannelsWithDecisionsLateOnesAndOpenOnes() {
        AtomicInteger progress = new AtomicInteger();

        assertThat(history.generate(2500, 7, progress::set)).isEqualTo(2500);

        assertThat(progress.get()).isEqualTo(2500);
        assertThat(count("SELECT COUNT(*) FROM applications_application")).isEqualTo(2500);
        assertThat(count("SELECT COUNT(DISTINCT service_code) FROM applications_application")).isGreaterThan(30);
        assertThat(count("SELECT COUNT(DISTINCT body_code) FROM applications_application")).isGreaterThan(20);
        assertThat(count("SELECT COUNT(DISTINCT channel) FROM applications_application")).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM applications_application WHERE decided_late")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM applications_application WHERE state = 'REFUSED'")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM applications_application WHERE decided_at IS NULL")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM applications_application WHERE due_at < submitted_at")).isZero();
        assertThat(count("SELECT COUNT(*) FROM applications_event e JOIN applications_application a"
                + " ON a.id = e.application_id WHERE a.state = 'REFUSED' AND e.ground IS NULL AND e.action = 'decide'"))
                .isZero();
        assertThat(journal.verify().intact()).isTrue();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
