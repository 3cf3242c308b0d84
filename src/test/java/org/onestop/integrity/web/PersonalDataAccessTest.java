package org.onestop.integrity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onestop.identity.internal.TestLogins.bearer;
import static org.onestop.identity.internal.TestLogins.token;

import org.junit.jupiter.api.Test;
import org.onestop.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@DatabaseTest
class PersonalDataAccessTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void aPersonSeesWhichBodyAndPositionOpenedTheirDataAndWhyButNotTheOfficialsName() throws Exception {
        String purpose = "checking documents of application " + System.nanoTime();
        assertThat(mvc.get().uri("/api/v1/people/850612301200?purpose=" + purpose)
                .with(bearer(token(mvc, "officer1"))).exchange()).hasStatusOk();

        MvcTestResult mine = mvc.get().uri("/api/v1/me/data-access").header("Accept-Language", "ru")
                .with(bearer(token(mvc, "citizen1"))).exchange();

        assertThat(mine).hasStatusOk();
        assertThat(mine).bodyJson().extractingPath("$[?(@.purpose == '" + purpose + "')].bodyCode").asArray()
                .containsExactly("DSR-KZ-71");
        assertThat(mine).bodyJson().extractingPath("$[?(@.purpose == '" + purpose + "')].body").asArray()
                .singleElement().asString().contains("Астан");
        assertThat(mine).bodyJson().extractingPath("$[?(@.purpose == '" + purpose + "')].position").asArray()
                .hasSize(1).doesNotContainNull();
        assertThat(mine.getResponse().getContentAsString()).doesNotContain("officer1", "Тулегенова");
    }

    @Test
    void anotherPersonDoesNotSeeIt() throws Exception {
        String purpose = "a desk visit " + System.nanoTime();
        mvc.get().uri("/api/v1/people/850612301200?purpose=" + purpose).with(bearer(token(mvc, "operator1")))
                .exchange();

        assertThat(mvc.get().uri("/api/v1/me/data-access").with(bearer(token(mvc, "citizen2"))).exchange()
                .getResponse().getContentAsString()).doesNotContain(purpose);
    }

    @Test
    void staffMustSayWhyTheyOpenAPersonsData() {
        assertThat(mvc.get().uri("/api/v1/people/850612301200").header("Accept-Language", "en")
                .with(bearer(token(mvc, "officer1"))).exchange())
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.detail")
                .isEqualTo("Say why you open the data of this person (up to 500 characters).");
    }

    @Test
    void auditorsSeeWhoOpenedWhatByName() throws Exception {
        String purpose = "audit trail check " + System.nanoTime();
        mvc.get().uri("/api/v1/people/920304404509?purpose=" + purpose).with(bearer(token(mvc, "head1"))).exchange();
        String headId = String.valueOf(mvc.get().uri("/api/v1/me").with(bearer(token(mvc, "head1"))).exchange()
                .getResponse().getContentAsString().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1"));

        MvcTestResult byHead = mvc.get().uri("/api/v1/audit/data-access?actor=" + headId)
                .with(bearer(token(mvc, "auditor1"))).exchange();

        assertThat(byHead).hasStatusOk();
        assertThat(byHead).bodyJson().extractingPath("$[?(@.purpose == '" + purpose + "')].accessorName").asArray()
                .containsExactly("head1");
    }
}
