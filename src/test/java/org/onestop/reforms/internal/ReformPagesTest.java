package org.onestop.reforms.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.onestop.DatabaseTest;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.beans.factory.annotation.Autowired;

/** The monitor's pages are public, work without JavaScript and speak the reader's language. */
@DatabaseTest
class ReformPagesTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void theModelPageDrawsTheDiagramInlineAndListsEveryComponent() {
        assertThat(mvc.get().uri("/reforms?lang=ru").exchange()).hasStatusOk().bodyText()
                .contains("Монитор реформ", "<svg", "aria-labelledby=\"reforms-model-title", "Рисунок 4",
                        "Социально-экономические силы", "Случайные события", "Массовое антиядерное движение",
                        "/api/v1/reforms/exports/items?format=csv");
    }

    @Test
    void theTimelineOrdersProgrammesActsAndChanceEventsByYear() throws Exception {
        String page = mvc.get().uri("/reforms/timeline?lang=en").exchange().getResponse().getContentAsString();
        assertThat(page).contains("Timeline of the reform", "Chance event", "Legislative act");
        assertThat(page.indexOf("The first Kazakhstan Constitution")).isLessThan(page.indexOf("The 1995 Constitution"));
        assertThat(page.indexOf("The 1995 Constitution"))
                .isLessThan(page.indexOf("Strategy for Industrial and Innovation Development"));
        assertThat(page.indexOf("Strategy for Industrial and Innovation Development"))
                .isLessThan(page.indexOf("E-Government Programme in the Republic of Kazakhstan 2005-07"));
    }

    @Test
    void anIndicatorPageHasAnAccessibleChartAndItsDataTable() throws Exception {
        assertThat(mvc.get().uri("/reforms/indicators/unemployment-rate?lang=en").exchange()).hasStatusOk().bodyText()
                .contains("<svg", "<title id=\"chart-unemployment-rate-title\">Unemployment rate</title>", "<table",
                        "12.8%", "8.1%", "Figure 3");
        assertThat(mvc.get().uri("/reforms/indicators/majilis-seats-2004?lang=kk").exchange()).hasStatusOk().bodyText()
                .contains("42 орын", "Тәуелсіз депутаттар");
        assertThat(mvc.get().uri("/reforms/components/Z").exchange()).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void exportsCarryTheLicenceAndTheSources() throws Exception {
        String csv = mvc.get().uri("/api/v1/reforms/exports/indicators?format=csv").exchange().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("# ").contains("CC BY 4.0");
        assertThat(csv).contains("indicator,component,name_en,unit,live,period,category,value,qualifier,source,quote",
                "cpi-rank,E,", ",107,exact,");
        assertThat(mvc.get().uri("/api/v1/reforms/exports/programmes?format=json").exchange()).hasStatusOk()
                .bodyJson().satisfies(json -> {
                    json.assertThat().extractingPath("$.licence").asString().contains("CC BY 4.0");
                    json.assertThat().extractingPath("$.rows").asArray().hasSizeGreaterThanOrEqualTo(6);
                });
        assertThat(mvc.get().uri("/api/v1/reforms/exports/people?format=csv").exchange())
                .hasStatus(HttpStatus.NOT_FOUND);
    }
}
