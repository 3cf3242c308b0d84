package org.onestop.applications.internal;

import org.onestop.applications.SyntheticHistory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** In the demo profile, a year of synthetic history on a database that has no applications yet. */
@Component
@Profile("demo")
@Order(100)
class DemoHistory implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

    private final SyntheticHistory history;
    private final JdbcClient jdbc;
    private final int size;

    DemoHistory(SyntheticHistory history, JdbcClient jdbc, @Value("${onestop.demo.history:0}") int size) {
        this.history = history;
        this.jdbc = jdbc;
        this.size = size;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (size > 0 && jdbc.sql("SELECT COUNT(*) FROM applications_application").query(Long.class).single() == 0) {
            log.info("Demo history: {} synthetic applications over the last year", history.generate(size, 2026, n -> {
            }));
        }
    }
}
