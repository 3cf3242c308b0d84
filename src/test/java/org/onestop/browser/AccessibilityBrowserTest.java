package org.onestop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** axe-core finds no serious or critical accessibility violation on the main public pages. */
@BrowserTest
class AccessibilityBrowserTest {

    @Test
    void theMainPublicPagesHaveNoSeriousOrCriticalViolations(Browser browser) {
        SoftAssertions softly = new SoftAssertions();
        for (String page : new String[] {"/", "/?lang=ru", "/services", "/services?life-event=birth-of-a-child&lang=en",
                "/services/10010001", "/services/10010001?lang=ru", "/centres", "/centres?region=KZ-71&lang=ru",
                "/status", "/login", "/services/00000000"}) {
            browser.open(page);
            softly.assertThat(Axe.seriousViolations(browser)).as(page).isEmpty();
        }
        softly.assertAll();
    }

    @Test
    void axeReportsAnImageWithoutAlternativeTextSoItsSilenceMeansSomething(Browser browser) {
        browser.driver().get("data:text/html,<title>t</title><main><img src='/x.png'><button></button></main>");

        assertThat(Axe.seriousViolations(browser)).anyMatch(v -> v.startsWith("image-alt (critical)"))
                .anyMatch(v -> v.startsWith("button-name (critical)"));
    }

    @Test
    void theStatusCheckWithItsErrorsShownHasNoSeriousOrCriticalViolations(Browser browser) {
        browser.open("/status?lang=en");
        browser.type("reference", "12345");
        browser.follow(browser.driver().findElement(By.cssSelector("main form button")));
        assertThat(browser.mainText()).contains("A reference number has 11 characters, not 5.",
                "Type the applicant's IIN.");

        assertThat(Axe.seriousViolations(browser)).isEmpty();
    }
}
