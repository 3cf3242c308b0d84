package org.onestop.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onestop.identity.internal.TestLogins.bearer;
import static org.onestop.identity.internal.TestLogins.token;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.onestop.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@DatabaseTest
class CatalogApiTest {

    private static final String IDENTITY_CARD = "10010001";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theIdentityCardIsFoundInEachLanguageWhateverTheLettersAndCase() {
        for (String query : new String[] {"удостоверение личности", "жеке куәлік", "ЖЕКЕ КУАЛИК", "identity card",
            "Удостоверение   ЛИЧНОСТИ"}) {
            assertThat(get("/api/v1/services?q=" + query, "ru")).as(query).hasStatusOk().bodyJson()
                    .extractingPath("$[*].code").asArray().contains(IDENTITY_CARD);
        }
        assertThat(get("/api/v1/services?q=удостоверение личности", "en")).bodyJson()
                .extractingPath("$[?(@.code == '" + IDENTITY_CARD + "')].name").asArray().singleElement().asString()
                .containsIgnoringCase("identity card");
    }

    @Test
    void aWordThatNoServiceHasFindsNothing() {
        assertThat(get("/api/v1/services?q=zzzqqq", "en")).bodyJson().extractingPath("$.length()").isEqualTo(0);
    }

    @Test
    void aDateBeforeTheNewVersionGivesTheOlderVersion() {
        MvcTestResult then = get("/api/v1/services/" + IDENTITY_CARD + "?on=2025-06-01", "en");
        MvcTestResult now = get("/api/v1/services/" + IDENTITY_CARD, "en");

        assertThat(then).hasStatusOk().bodyJson().extractingPath("$.effectiveFrom").isEqualTo("2024-01-01");
        assertThat(now).bodyJson().extractingPath("$.effectiveFrom").isEqualTo("2026-01-01");
        assertThat(then).bodyJson().extractingPath("$.version").isEqualTo(1);
        assertThat(get("/api/v1/services/" + IDENTITY_CARD + "/versions", "en")).bodyJson()
                .extractingPath("$[*].effectiveFrom").asArray().startsWith("2024-01-01", "2026-01-01");
        assertThat(get("/api/v1/services/" + IDENTITY_CARD + "?on=2023-01-01", "en"))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void theCharterStatesTheFeeInTengeOfThisYearsMciAndTheDeadlineInWords() {
        MvcTestResult charter = get("/api/v1/services/" + IDENTITY_CARD + "/charter", "ru");

        assertThat(charter).hasStatusOk();
        int year = LocalDate.now(ZoneId.of("Asia/Almaty")).getYear();
        long mci = year == 2026 ? 4325 : year == 2025 ? 3932 : 0;
        assertThat(charter).bodyJson().extractingPath("$.feeTenge").asNumber()
                .satisfies(fee -> assertThat(fee.doubleValue()).isEqualTo(mci * 0.2));
        assertThat(charter).bodyJson().extractingPath("$.fee").asString().contains("0.2 МРП в " + year + " году");
        assertThat(charter).bodyJson().extractingPath("$.deadline").isEqualTo("15 рабочих дней");
        assertThat(charter).bodyJson().extractingPath("$.complaints.informalPayments").asString()
                .contains("противодействию коррупции");
        assertThat(charter).bodyJson().extractingPath("$.fetchedForYou").asArray().isNotEmpty();
        assertThat(charter).bodyJson().extractingPath("$.onTimeShare").isNull();
    }

    @Test
    void filtersNarrowTheSearchByBodyChannelAndLifeEvent() {
        assertThat(get("/api/v1/services?body=MIA-MSC", "en")).bodyJson().extractingPath("$[*].code").asArray()
                .contains(IDENTITY_CARD).allSatisfy(code -> assertThat(code).isNotEqualTo("10020003"));
        assertThat(get("/api/v1/services?channel=provider_office&size=100", "en")).bodyJson()
                .extractingPath("$[*].channels").asArray()
                .allSatisfy(channels -> assertThat(channels.toString()).contains("PROVIDER_OFFICE"));
        assertThat(get("/api/v1/services?life-event=birth-of-a-child", "en")).bodyJson()
                .extractingPath("$.length()").asNumber().satisfies(n -> assertThat(n.intValue()).isGreaterThan(2));
        assertThat(get("/api/v1/services?channel=fax", "en")).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(get("/api/v1/services?size=500", "en")).hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void lifeEventsComeInTheRegistersOrderWithTheirServices() {
        MvcTestResult events = get("/api/v1/life-events", "kk");

        assertThat(events).bodyJson().extractingPath("$[0].code").isEqualTo("birth-of-a-child");
        assertThat(events).bodyJson().extractingPath("$[*].code").asArray()
                .contains("starting-a-business", "buying-a-home", "retirement");
        assertThat(events).bodyJson().extractingPath("$[0].services").asArray().hasSizeGreaterThan(2);
    }

    @Test
    void theFunctionalReviewShowsTheAddressCertificateGivenByTwoProviders() {
        assertThat(get("/api/v1/services/overlaps", "en")).bodyJson()
                .extractingPath("$[?(@.resultType == 'residence-address-certificate')].services[*].code").asArray()
                .contains("10020002", "10020003");
    }

    @Test
    void aCatalogAdminPublishesAVersionThatIsCheckedAndAudited() {
        TestStandards standard = TestStandards.valid("99000101");
        standard.effectiveFrom = LocalDate.now(ZoneId.of("Asia/Almaty"));

        MvcTestResult published = publish("99000101", standard.entry(), "en");

        assertThat(published).hasStatus(HttpStatus.CREATED).bodyJson().extractingPath("$.version").isEqualTo(1);
        assertThat(get("/api/v1/services/99000101", "en")).hasStatusOk();
        assertThat(jdbc.sql("SELECT actor_name FROM integrity_audit_entry WHERE object_type = 'service'"
                + " AND object_id = '99000101'").query(String.class).list()).containsExactly("catalogadmin1");
        assertThat(publish("99000101", standard.entry(), "en")).hasStatus(HttpStatus.CONFLICT);
    }

    @Test
    void aBrokenVersionIsRefusedInTheCallersLanguageAndNothingIsStored() {
        TestStandards standard = TestStandards.valid("99000102");
        standard.effectiveFrom = LocalDate.now(ZoneId.of("Asia/Almaty"));
        standard.provider = new StandardEntry.ProviderEntry(
                org.onestop.catalog.ServiceStandard.Provider.Kind.CENTRAL, "NOPE");

        assertThat(publish("99000102", standard.entry(), "ru")).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .extractingPath("$.detail").isEqualTo("Государственного органа «NOPE» нет.");
        standard.provider = new StandardEntry.ProviderEntry(
                org.onestop.catalog.ServiceStandard.Provider.Kind.CENTRAL, "MJ");
        standard.effectiveFrom = LocalDate.of(2020, 1, 1);
        assertThat(publish("99000102", standard.entry(), "en")).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .extractingPath("$.detail").isEqualTo("A new version takes effect today or later, not on 2020-01-01.");
        assertThat(publish("99000103", standard.entry(), "en")).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .extractingPath("$.code").isEqualTo("catalog.code-mismatch");
        assertThat(get("/api/v1/services/99000102/versions", "en")).hasStatus(HttpStatus.NOT_FOUND);
    }

    private MvcTestResult publish(String code, StandardEntry entry, String language) {
        return mvc.post().uri("/api/v1/services/" + code + "/versions").with(bearer(token(mvc, "catalogadmin1")))
                .header("Accept-Language", language).contentType(MediaType.APPLICATION_JSON)
                .content(CatalogJson.write(entry)).exchange();
    }

    private MvcTestResult get(String uri, String language) {
        return mvc.get().uri(uri).header("Accept-Language", language).exchange();
    }
}
