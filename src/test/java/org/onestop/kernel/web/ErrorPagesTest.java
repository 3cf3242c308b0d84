package org.onestop.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.onestop.DatabaseTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Browsers get friendly error pages in their language that give nothing away; the API keeps its problem documents. */
@DatabaseTest
class ErrorPagesTest {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @CsvSource({"kk, Бет табылмады", "ru, Страница не найдена", "en, Page not found"})
    void anUnknownServiceIsAFriendlyNotFoundPageInTheVisitorsLanguage(String language, String title) {
        HttpResponse<byte[]> response = http().page("/services/00000000", "Accept-Language", language);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/html"));
        String page = Http.text(response);
        assertThat(page).contains("<html lang=\"" + language + "\"", "<h1>" + title + "</h1>", "href=\"/\"",
                "href=\"/services/00000000?lang=en\"");
        assertThat(page).doesNotContain("catalog.service.unknown", "there is no service", "Exception", "<script");
    }

    @Test
    void theLanguageChosenInTheBrowserAppliesToErrorPagesToo() {
        String page = Http.text(http().page("/services/00000000", "Cookie", "ONESTOP_LANG=ru", "Accept-Language", "en"));

        assertThat(page).contains("<html lang=\"ru\"", "Страница не найдена");
    }

    @Test
    void aFailureOfOursIsAnApologyWithAnIncidentNumberAndNoDetail() {
        Http http = http();
        String session = http.login("citizen2", "demo");

        HttpResponse<byte[]> response = http.page("/test/page-crash", "Cookie", session + "; ONESTOP_LANG=en");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(Http.text(response)).contains("Something went wrong on our side")
                .containsPattern("quote incident [0-9a-f-]{36}\\.")
                .doesNotContain("hunter2", "IllegalStateException", "FailingTestPages", "at org.");
    }

    @Test
    void aPageForOtherRolesIsAFriendlyForbiddenPage() {
        Http http = http();
        String session = http.login("citizen2", "demo");

        HttpResponse<byte[]> response = http.page("/test/auditors-only", "Cookie", session + "; ONESTOP_LANG=kk");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(Http.text(response)).contains("Бұл бетті ашуға рұқсатыңыз жоқ").doesNotContain("Access Denied");
    }

    @Test
    void theApiStillAnswersWithAProblemDocument() {
        HttpResponse<byte[]> response = http().get("/api/v1/services/00000000", "Accept-Language", "en");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(Http.text(response)).contains("\"code\":\"catalog.service.unknown\"").doesNotContain("<html");
    }

    private Http http() {
        return new Http(port);
    }
}
