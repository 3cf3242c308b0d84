package org.onestop.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.onestop.DatabaseTest;
import org.onestop.catalog.Catalog;
import org.onestop.catalog.ServiceStandard;
import org.onestop.kernel.Language;
import org.onestop.kernel.MciRates;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@DatabaseTest
class CataloguePagesTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Catalog catalog;

    @Autowired
    Clock clock;

    @Test
    void theFrontPageOffersSearchAndTheLifeEventsInTheVisitorsLanguage() {
        String page = page("/", "en");

        assertThat(page).contains("<html lang=\"en\"", "Public services of Kazakhstan", "action=\"/services\"",
                "name=\"q\"", "Birth of a child", "href=\"/services?life-event=birth-of-a-child\"", "Starting a business");
        assertThat(page).doesNotContain("<script", "style=");
    }

    @Test
    void aSearchInKazakhFindsTheIdentityCardAndLinksItsCharter() {
        String page = page("/services?q=жеке куәлік", "kk");

        assertThat(page).contains("Табылған қызметтер", "href=\"/services/10010001\"",
                "Қазақстан Республикасы азаматының жеке куәлігін беру (ауыстыру)");
    }

    @Test
    void aLifeEventListsItsOwnServicesOnly() {
        String page = page("/services?life-event=birth-of-a-child", "en");

        assertThat(page).contains("From registering the birth to benefits", "href=\"/services/11010001\"",
                "href=\"/services/60010001\"").doesNotContain("href=\"/services/10010001\"");
    }

    @Test
    void theCatalogueShowsTwentyServicesAPageWithLinksToTheNextAndPreviousPages() {
        String first = page("/services", "en");
        String second = page("/services?page=1", "en");

        assertThat(first.split("<li>\\s*<a href=\"/services/")).hasSize(CataloguePage.PAGE_SIZE + 1);
        assertThat(first).contains("rel=\"next\"", "href=\"/services?page=1\"").doesNotContain("rel=\"prev\"");
        assertThat(second).contains("rel=\"prev\"", "href=\"/services?page=0\"");
    }

    @Test
    void aCharterPageShowsTheStandardInForceWithTheFeeInTengeInRussian() {
        ServiceStandard standard = catalog.current("10010001").orElseThrow();
        String fee = standard.fee().inTenge(MciRates.kazakhstan(), LocalDate.now(clock)).format(Language.RU);

        String page = page("/services/10010001", "ru");

        assertThat(page).contains("<h1>" + standard.name().ru() + "</h1>", "15 рабочих дней", fee + " (0.2 МРП в",
                standard.refusalGrounds().getFirst().text().ru(), standard.legalBasis().ru(),
                standard.form().getFirst().label().ru(), "Агентство Республики Казахстан по противодействию коррупции",
                "<dd>" + standard.maxWaitMinutes() + " минут</dd>");
        assertThat(page).doesNotContain("<script", "style=");
    }

    @Test
    void anUnknownServiceIsNotFound() {
        assertThat(mvc.get().uri("/services/00000000").exchange()).hasStatus(HttpStatus.NOT_FOUND);
    }

    private String page(String uri, String language) {
        MvcTestResult result = mvc.get().uri(uri).header("Accept-Language", language).exchange();
        assertThat(result).hasStatusOk();
        try {
            return result.getResponse().getContentAsString();
        } catch (java.io.UnsupportedEncodingException e) {
            throw new AssertionError(e);
        }
    }
}
