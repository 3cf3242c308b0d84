package org.onestop.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onestop.DatabaseTest;

/**
 * A test that drives headless Chromium against the application on its random port, in the one
 * shared Spring context of {@link DatabaseTest}. Test methods take {@link Browser} parameters
 * ({@link JavaScriptOff} for one with scripts disabled). Without Chromium and its driver the
 * tests are skipped, saying why, unless {@code ONESTOP_REQUIRE_BROWSER=1} (as in CI) makes that a
 * failure. A failed test leaves a screenshot and the page source in
 * {@code target/browser-screenshots/}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DatabaseTest
@Tag("browser")
@ExtendWith(BrowserExtension.class)
public @interface BrowserTest {
}
