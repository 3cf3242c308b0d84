package org.onestop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.onestop.applications.internal.TestUploads;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Staff at work in a real browser: an operator files for a walk-in in Kazakh; an officer asks for
 * information, the citizen answers, the officer approves; an officer refuses, citing a ground.
 */
@BrowserTest
class StaffBrowserTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void anOperatorFilesForAWalkInApplicantInKazakhAndPrintsTheReceipt(Browser browser) throws IOException {
        logIn(browser, "operator1", "kk");
        browser.open("/desk?lang=kk");
        browser.type("iin", Applications.CITIZEN2_IIN);
        new Select(browser.driver().findElement(By.id("service"))).selectByValue("20010001");
        browser.follow(browser.driver().findElement(By.cssSelector("main form button")));

        new Select(browser.driver().findElement(By.id("f-residency"))).selectByValue("resident");
        Path scan = Files.createTempFile("otinish", ".pdf");
        Files.write(scan, TestUploads.PDF);
        browser.driver().findElement(By.id("doc-TAX_APPLICATION")).sendKeys(scan.toString());
        browser.driver().findElement(By.id("consent")).click();
        browser.follow(browser.driver().findElement(By.xpath("//main//button[normalize-space()='Өтінішті беру']")));

        assertThat(browser.language()).isEqualTo("kk");
        assertThat(browser.heading()).startsWith("Қолхат").containsPattern("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{3}");
        assertThat(browser.mainText()).contains("Өтінім нөмірі", "Шешім мерзімі", "Салық төлеушілерді тіркеу есебіне қою")
                .doesNotContain(Applications.CITIZEN2_IIN);
        Files.deleteIfExists(scan);
    }

    @Test
    void anOfficerAsksForInformationTheCitizenAnswersAndTheOfficerApproves(Browser browser) {
        String reference = Applications.fileAsCitizen1(mvc);
        logIn(browser, "officer1", "ru");
        browser.open("/workspace/applications/" + reference + "?lang=ru");
        act(browser, "Принять", null);
        act(browser, "Запросить сведения", "Укажите адрес электронной почты");
        assertThat(browser.mainText()).contains("Запрошены сведения");

        browser.reset();
        logIn(browser, "citizen1", "ru");
        browser.open("/my/applications/" + reference);
        assertThat(browser.mainText()).contains("Укажите адрес электронной почты");
        browser.type("comment", "ivanov@example.kz");
        browser.follow(browser.driver().findElement(By.xpath("//main//button[normalize-space()='Отправить ответ']")));
        assertThat(browser.mainText()).contains("В обработке", "ivanov@example.kz");

        browser.reset();
        logIn(browser, "officer1", "ru");
        browser.open("/workspace/applications/" + reference + "?lang=ru");
        assertThat(browser.mainText()).contains("ivanov@example.kz");
        act(browser, "Одобрить", null);
        assertThat(browser.mainText()).contains("Одобрена");
    }

    @Test
    void anOfficerRefusesCitingAGroundFromTheStandard(Browser browser) {
        String reference = Applications.fileAsCitizen1(mvc);
        logIn(browser, "officer1", "ru");
        browser.open("/workspace/applications/" + reference + "?lang=ru");
        act(browser, "Принять", null);

        WebElement refusal = form(browser, "Отказать");
        assertThat(refusal.findElement(By.tagName("select")).getDomAttribute("required")).as("a ground is required")
                .isNotNull();
        new Select(refusal.findElement(By.tagName("select"))).selectByValue("1");
        refusal.findElement(By.tagName("textarea")).sendKeys("Сведения не подтвердились");
        browser.follow(refusal.findElement(By.tagName("button")));

        assertThat(browser.mainText()).contains("Отказано", "Сведения не подтвердились");
        browser.reset();
        logIn(browser, "citizen1", "ru");
        browser.open("/my/applications/" + reference);
        assertThat(browser.mainText()).contains("Отказано", "Основание для отказа: 1.");
    }

    private static void act(Browser browser, String action, String comment) {
        WebElement form = form(browser, action);
        if (comment != null) {
            form.findElement(By.tagName("textarea")).sendKeys(comment);
        }
        browser.follow(form.findElement(By.tagName("button")));
    }

    private static WebElement form(Browser browser, String action) {
        return browser.driver().findElement(By.xpath("//main//form[.//button[normalize-space()='" + action + "']]"));
    }

    private static void logIn(Browser browser, String user, String language) {
        browser.open("/login?lang=" + language);
        browser.type("username", user);
        browser.type("password", "demo");
        browser.follow(browser.driver().findElement(By.cssSelector("main form button")));
    }
}
