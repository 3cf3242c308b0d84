package org.onestop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.onestop.applications.internal.TestUploads;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** A citizen applies in Russian, from the search box to the confirmation, with and without JavaScript. */
@BrowserTest
class CitizenApplyBrowserTest {

    static final String TAXPAYER_RU = "Регистрация налогоплательщиков (постановка на регистрационный учет)";

    @Test
    void aCitizenAppliesInRussianFromSearchToConfirmation(Browser browser) throws IOException {
        applyFromSearchToConfirmation(browser);
    }

    @Test
    void theSameApplicationWorksWithJavaScriptDisabled(@JavaScriptOff Browser browser) throws IOException {
        applyFromSearchToConfirmation(browser);
    }

    private static void applyFromSearchToConfirmation(Browser browser) throws IOException {
        browser.open("/?lang=ru");
        browser.type("q", "налогоплательщик");
        browser.follow(browser.driver().findElement(By.cssSelector("form.search button")));
        browser.followLink(TAXPAYER_RU);
        browser.followLink("Подать заявление онлайн");

        assertThat(browser.heading()).isEqualTo("Вход в OneStop");
        browser.type("username", "citizen1");
        browser.type("password", "demo");
        browser.follow(browser.driver().findElement(By.cssSelector("main form button")));
        assertThat(browser.heading()).isEqualTo(TAXPAYER_RU);
        assertThat(browser.mainText()).contains("Вам понадобится", "Налоговое заявление о регистрации");
        browser.follow(browser.driver().findElement(By.xpath("//main//button[normalize-space()='Начать']")));

        continueWith(browser);
        assertThat(browser.mainText()).contains("Выберите регион.");
        new Select(browser.driver().findElement(By.id("region"))).selectByValue("KZ-71");
        continueWith(browser);

        assertThat(browser.heading()).isEqualTo("Ваши ответы");
        browser.driver().findElement(By.cssSelector("input[name=residency][value=resident]")).click();
        continueWith(browser);

        assertThat(browser.heading()).isEqualTo("Документы");
        Path scan = Files.createTempFile("заявление", ".pdf");
        Files.write(scan, TestUploads.PDF);
        browser.driver().findElement(By.id("doc-TAX_APPLICATION")).sendKeys(scan.toString());
        continueWith(browser);

        assertThat(browser.heading()).isEqualTo("Проверьте ответы");
        assertThat(browser.mainText()).contains("Астана", "Резидент", "Загружен");
        browser.follow(browser.driver().findElement(By.xpath("//main//button[normalize-space()='Отправить заявление']")));

        assertThat(browser.heading()).isEqualTo("Заявление отправлено");
        assertThat(browser.mainText()).contains("Номер вашего заявления", "Срок решения", "Что дальше")
                .containsPattern("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{3}");
        Files.deleteIfExists(scan);
    }

    private static void continueWith(Browser browser) {
        browser.follow(browser.driver().findElement(By.xpath("//main//button[normalize-space()='Продолжить']")));
    }
}
