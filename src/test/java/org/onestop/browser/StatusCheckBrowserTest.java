package org.onestop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Someone holding a receipt checks the application on it, without logging in. */
@BrowserTest
class StatusCheckBrowserTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void theReceiptsNumberAndTheApplicantsIinShowTheServiceStateAndDatesAndAWrongIinShowsNothing(Browser browser) {
        String reference = Applications.fileAsCitizen1(mvc);

        browser.open("/status?lang=ru");
        browser.type("reference", reference.toLowerCase().replace("-", " "));
        browser.type("iin", Applications.CITIZEN1_IIN);
        browser.follow(browser.driver().findElement(By.cssSelector("main form button")));

        assertThat(browser.mainText()).contains("Заявка " + reference,
                "Регистрация налогоплательщиков (постановка на регистрационный учет)", "Состояние\nПодана", "Дата подачи", "Срок")
                .containsPattern("\\d{1,2}\\h[а-я]+\\h20\\d\\d\\hг\\.")
                .doesNotContain(Applications.CITIZEN1_IIN);
        assertThat(browser.driver().getPageSource()).doesNotContain("residency", "DSR-KZ-71");

        browser.type("reference", reference);
        browser.type("iin", Applications.CITIZEN2_IIN);
        browser.follow(browser.driver().findElement(By.cssSelector("main form button")));

        assertThat(browser.mainText()).contains("Заявка с таким номером для этого ИИН не найдена")
                .doesNotContain("Регистрация налогоплательщиков");
    }
}
