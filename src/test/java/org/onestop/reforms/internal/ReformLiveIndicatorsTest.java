package org.onestop.reforms.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.onestop.TestJson.field;
import static org.onestop.identity.internal.TestLogins.bearer;
import static org.onestop.identity.internal.TestLogins.token;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onestop.DatabaseTest;
import org.onestop.applications.internal.TestUploads;
import org.onestop.kernel.WorkingCalendar;
import org.onestop.ratings.IndicatorFigures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Component E's live figures equal the ratings' national figures for the same period. */
@DatabaseTest
class ReformLiveIndicatorsTest {

    private static final String TAXPAYER = """
            {"service":"20010001","region":"KZ-71","form":{"residency":"resident"},
             "documents":{"TAX_APPLICATION":"%DOC%"},"language":"ru"}""";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    IndicatorFigures ratings;

    @Autowired
    JdbcClient jdbc;

    @Test
    void liveFiguresOfTheAdministrativeSystemEqualTheRatingsForTheSamePeriod() throws Exception {
        String citizen = token(mvc, "citizen2");
        for (int i = 0; i < 2; i++) {
            assertThat(field(mvc.post().uri("/api/v1/applications").with(bearer(citizen))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(TestUploads.withDocuments(mvc, citizen, TAXPAYER)).exchange(), "reference")).isNotBlank();
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("SELECT COUNT(*) FROM event_publication"
                + " WHERE completion_date IS NULL AND listener_id LIKE '%IndicatorEvents%'").query(Long.class)
                .single() == 0);
        YearMonth now = YearMonth.now(WorkingCalendar.ZONE);
        String quarter = now.getYear() + "-Q" + ((now.getMonthValue() - 1) / 3 + 1);
        Map<String, String> steps = Map.of("month", now.toString(), "quarter", quarter, "year",
                String.valueOf(now.getYear()));
        assertThat(ratings.national(now.toString()).get("applications")).isGreaterThanOrEqualTo(BigDecimal.TWO);

        for (Map.Entry<String, String> step : steps.entrySet()) {
            Map<String, BigDecimal> expected = ratings.national(step.getValue());
            for (LiveIndicator indicator : LiveIndicator.values()) {
                JsonNode series = JsonMapper.builder().build().readTree(mvc.get().uri("/api/v1/reforms/indicators/"
                        + indicator.code() + "?by=" + step.getKey() + "&count=1").exchange().getResponse()
                        .getContentAsString());
                JsonNode value = series.get("observations").get(0);
                assertThat(value.get("period").asString()).isEqualTo(step.getValue());
                assertThat(series.get("component").asString()).isEqualTo("E");
                BigDecimal wanted = indicator.ratingsCode() == null ? null : expected.get(indicator.ratingsCode());
                if (wanted == null) {
                    assertThat(value.get("value").isNull()).as(indicator.code() + " not yet measured").isTrue();
                } else {
                    assertThat(value.get("value").decimalValue()).as(indicator.code() + " " + step.getValue())
                            .isEqualByComparingTo(wanted);
                }
            }
        }
        assertThat(ratings.national(now.toString()).get("filed-online")).isNotNull();
    }

    @Test
    void theAdministrativeSystemsPageShowsTheLiveFiguresAndSaysWhatIsNotYetMeasured() {
        assertThat(mvc.get().uri("/reforms/components/E?lang=en").exchange()).hasStatusOk().bodyText()
                .contains("Measured by the platform", "Share of applications filed online",
                        "Share of integrity cases upheld", "not yet measured", "E-Government Programme",
                        "Code of honor for civil servants", "Corruption Perceptions Index");
    }
}
