package org.onestop.directory.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.onestop.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@DatabaseTest
class CentresPageTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void theCentresOfOneRegionAreListedWithAddressPhoneAndTheWeekAsOnTheDoor() throws Exception {
        MvcTestResult result = mvc.get().uri("/centres?region=KZ-71").header("Accept-Language", "ru").exchange();

        assertThat(result).hasStatusOk();
        String page = result.getResponse().getContentAsString();
        assertThat(page).contains("ЦОН района Есиль города Астаны", "г. Астана, район Есиль, ул. Сауран, 7",
                "href=\"tel:1414\"", "Понедельник – Пятница", "09:00–20:00", "Суббота", "09:00–13:00",
                "Воскресенье", "Выходной", "<option value=\"KZ-71\" selected=\"selected\">")
                .doesNotContain("г. Алматы");
    }

    @Test
    void withoutARegionEveryCentreIsListed() throws Exception {
        String page = mvc.get().uri("/centres").header("Accept-Language", "en").exchange().getResponse()
                .getContentAsString();

        assertThat(page).contains("Centres: 25", "Public Service Centre, Yesil district, Astana");
        assertThat(page.split("<h3>")).hasSize(26);
    }

    @Test
    void anUnknownRegionShowsEveryCentreRatherThanNone() throws Exception {
        String page = mvc.get().uri("/centres?region=KZ-99").header("Accept-Language", "en").exchange().getResponse()
                .getContentAsString();

        assertThat(page).contains("Centres: 25");
    }
}
