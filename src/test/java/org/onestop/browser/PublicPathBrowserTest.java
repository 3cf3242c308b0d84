package org.onestop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** A citizen finds a service and reads its charter, in their language, with and without JavaScript. */
@BrowserTest
class PublicPathBrowserTest {

    static final String IDENTITY_CARD_RU = "Выдача (замена) удостоверения личности гражданина Республики Казахстан";

    @Test
    void aCitizenSearchesFromTheFrontPageAndReadsAServicesCharterInRussian(Browser browser) {
        browser.open("/");
        assertThat(browser.language()).isEqualTo("kk");

        browser.followLink("Русский");
        assertThat(browser.language()).isEqualTo("ru");
        assertThat(browser.heading()).isEqualTo("Государственные услуги Казахстана");
        assertThat(browser.mainText()).contains("Жизненные ситуации", "Рождение ребенка");

        browser.type("q", "удостоверение личности");
        browser.follow(browser.driver().findElement(By.cssSelector("form.search button")));
        assertThat(browser.heading()).isEqualTo("Услуги");
        assertThat(browser.mainText()).contains("Найденные услуги", IDENTITY_CARD_RU);

        browser.followLink(IDENTITY_CARD_RU);
        assertThat(browser.driver().getCurrentUrl()).endsWith("/services/10010001");
        assertThat(browser.heading()).isEqualTo(IDENTITY_CARD_RU);
        assertThat(browser.mainText()).contains("Срок оказания", "15 рабочих дней", "Стоимость", "₸", "МРП",
                "Что принести", "О чём спрашивает заявление", "Основания для отказа", "Правовое основание",
                "Куда жаловаться");
    }

    @Test
    void theLanguageSwitchChangesThePageAndIsRememberedOnTheNextOne(Browser browser) {
        browser.open("/services");
        assertThat(browser.language()).isEqualTo("kk");
        assertThat(browser.heading()).isEqualTo("Қызметтер");

        browser.followLink("English");
        assertThat(browser.language()).isEqualTo("en");
        assertThat(browser.heading()).isEqualTo("Services");

        browser.followLink("Русский");
        assertThat(browser.language()).isEqualTo("ru");
        assertThat(browser.heading()).isEqualTo("Услуги");

        browser.followLink("Центры обслуживания населения");
        assertThat(browser.driver().getCurrentUrl()).doesNotContain("lang=");
        assertThat(browser.language()).isEqualTo("ru");
        assertThat(browser.heading()).isEqualTo("Центры обслуживания населения");

        browser.open("/status");
        assertThat(browser.language()).isEqualTo("ru");
        assertThat(browser.heading()).isEqualTo("Проверить заявку");
    }

    @Test
    void theSameCitizenPathWorksWithJavaScriptDisabled(@JavaScriptOff Browser browser) {
        browser.driver().get("data:text/html,<p id=proof>off</p><script>proof.textContent='on'</script>");
        assertThat(browser.driver().findElement(By.id("proof")).getText()).as("JavaScript in this browser").isEqualTo("off");

        browser.open("/?lang=ru");
        browser.type("q", "удостоверение личности");
        browser.follow(browser.driver().findElement(By.cssSelector("form.search button")));
        browser.followLink(IDENTITY_CARD_RU);
        assertThat(browser.heading()).isEqualTo(IDENTITY_CARD_RU);
        assertThat(browser.mainText()).contains("15 рабочих дней", "₸");

        browser.followLink("Центры обслуживания населения");
        new Select(browser.driver().findElement(By.id("region"))).selectByValue("KZ-75");
        browser.follow(browser.driver().findElement(By.cssSelector("form.search button")));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/centres?region=KZ-75");
        assertThat(browser.mainText()).contains("Алматы").doesNotContain("г. Астана");

        browser.followLink("Проверить заявку");
        browser.type("reference", "7KQ2-M9XP-4RE");
        browser.type("iin", Applications.CITIZEN1_IIN);
        browser.follow(browser.driver().findElement(By.cssSelector("main form button")));
        assertThat(browser.mainText()).contains("Заявка с таким номером для этого ИИН не найдена");
    }
}
