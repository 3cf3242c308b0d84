package org.onestop.ratings.internal;

import org.onestop.ratings.RatingsRebuild;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * In the demo profile, the indicators of the synthetic history (stored without events) are built
 * once, after the history is made, so that the ratings pages are not empty on a first run; not in
 * the one-off commands (rebuild-ratings rebuilds anyway).
 */
@Component
@Profile("demo")
@ConditionalOnWebApplication
@Order(200)
class DemoRatings implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRatings.class);

    private final RatingsRebuild rebuild;
    private final JdbcClient jdbc;

    DemoRatings(RatingsRebuild rebuild, JdbcClient jdbc) {
        this.rebuild = rebuild;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT COUNT(*) FROM ratings_cell").query(Long.class).single() == 0) {
            RatingsRebuild.Summary summary = rebuild.rebuild();
            if (summary.applications() > 0) {
                log.info("Demo ratings: indicators built from {} applications", summary.applications());
            }
        }
    }
}
