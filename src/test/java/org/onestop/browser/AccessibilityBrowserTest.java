package org.onestop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** axe-core finds no serious or critical accessibility violation on the main public pages and the citizen's own. */
@BrowserTest
class AccessibilityBrowserTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void theMainPublicPagesHaveNoSeriousOrCriticalViolations(Browser browser) {
        SoftAssertions softly = new SoftAssertions();
        for (String page : new String[] {"/", "/?lang=ru", "/services", "/services?life-event=birth-of-a-child&lang=en",
                "/services/10010001", "/services/10010001?lang=ru", "/centres", "/centres?region=KZ-71&lang=ru",
                "/status", "/login", "/register", "/services/00000000", "/ratings", "/ratings?level=body&lang=kk",
                "/ratings/methodology", "/ratings/regions?lang=ru", "/ratings/region/KZ-71?lang=en"}) {
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

    @Test
    void theCitizensOwnPagesHaveNoSeriousOrCriticalViolations(Browser browser) {
        String reference = Applications.fileAsCitizen1(mvc);
        browser.open("/login?lang=ru");
        browser.type("username", "citizen1");
        browser.type("password", "demo");
        browser.follow(browser.driver().findElement(By.cssSelector("main form button")));
        browser.open("/apply/20010001");
        browser.follow(browser.driver().findElement(By.cssSelector("main form button")));
        String draft = browser.driver().getCurrentUrl().replaceAll(".*/apply/drafts/([^/]+)/region", "$1");
        browser.follow(browser.driver().findElement(By.xpath("//main//button[@type='submit'][1]")));

        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(Axe.seriousViolations(browser)).as("region step with its error").isEmpty();
        for (String page : new String[] {"/apply/20010001", "/apply/drafts/" + draft + "/answers",
                "/apply/drafts/" + draft + "/documents", "/apply/drafts/" + draft + "/check", "/my/applications",
                "/my/applications/" + reference, "/my/notifications", "/me/data-access", "/my/complaints",
                "/my/complaints/new?about=application&subject=" + reference}) {
            browser.open(page);
            softly.assertThat(Axe.seriousViolations(browser)).as(page).isEmpty();
        }
        softly.assertAll();
    }

    @Test
    void theStaffPagesHaveNoSeriousOrCriticalViolations(Browser browser) {
        String reference = Applications.fileAsCitizen1(mvc);
        SoftAssertions softly = new SoftAssertions();
        for (String[] user : new String[][] {{"officer1", "/workspace", "/workspace/applications/" + reference, "/workspace/complaints"},
                {"head1", "/workspace/overdue", "/workspace?overdue=true"},
                {"operator1", "/desk", "/desk/results"}}) {
            browser.reset();
            browser.open("/login?lang=ru");
            browser.type("username", user[0]);
            browser.type("password", "demo");
            browser.follow(browser.driver().findElement(By.cssSelector("main form button")));
            for (int i = 1; i < user.length; i++) {
                browser.open(user[i]);
                softly.assertThat(Axe.seriousViolations(browser)).as(user[0] + " " + user[i]).isEmpty();
            }
        }
        browser.open("/desk");
        browser.type("iin", Applications.CITIZEN2_IIN);
        new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("service")))
                .selectByValue("20010001");
        browser.follow(browser.driver().findElement(By.cssSelector("main form button")));
        softly.assertThat(Axe.seriousViolations(browser)).as("desk form").isEmpty();
        softly.assertAll();
    }
}
