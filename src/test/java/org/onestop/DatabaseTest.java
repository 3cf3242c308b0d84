package org.onestop;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test of the whole application on its database: H2 by default, PostgreSQL when
 * {@code ONESTOP_DB_URL} points there. Every such test uses this one annotation and nothing
 * else that changes the configuration, so they all share one Spring context. Tagged
 * {@code database} so that {@code .ci/run} can run them again against PostgreSQL. The context
 * serves on a random port too ({@code @LocalServerPort}), for tests that need a real server (the
 * error pages, the browser tests), so that they share the same one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
@Tag("database")
public @interface DatabaseTest {
}
