package org.onestop.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.onestop.DatabaseTest;
import org.onestop.identity.internal.TestLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@DatabaseTest
class ApiProblemsTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void anUnexpectedFailureNamesAnIncidentAndLeaksNothing() throws Exception {
        MvcTestResult result = mvc.get().uri("/api/v1/test/crash").header("Accept-Language", "ru")
                .with(TestLogins.bearer(TestLogins.token(mvc, "citizen1"))).exchange();

        assertThat(result).hasStatus(HttpStatus.INTERNAL_SERVER_ERROR)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        String body = result.getResponse().getContentAsString();
        assertThat(body).doesNotContain("hunter2", "IllegalStateException", "at org.", "trace");
        assertThat(result).bodyJson().extractingPath("$.detail").asString()
                .startsWith("На нашей стороне произошла ошибка");
        assertThat(result).bodyJson().extractingPath("$.incident").asString().hasSize(36);
        assertThat(result).bodyJson().extractingPath("$.title").isEqualTo("Внутренняя ошибка");
    }

    @Test
    void aRejectedIinSaysWhichRuleFailedInEachLanguage() {
        assertThat(iin("791028302725", "en")).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .extractingPath("$.detail").isEqualTo("Check digit should be 8, not 5: please check the IIN.");
        assertThat(iin("791028302725", "ru")).bodyJson().extractingPath("$.detail")
                .isEqualTo("Контрольная цифра должна быть 8, а не 5: проверьте ИИН.");
        assertThat(iin("791028302725", "kk")).bodyJson().extractingPath("$.detail")
                .isEqualTo("Бақылау цифры 5 емес, 8 болуы керек: ЖСН-ді тексеріңіз.");
        assertThat(iin("790230302728", "ru")).bodyJson().extractingPath("$.detail")
                .isEqualTo("В месяце 2 нет дня 30.");
        assertThat(iin("791028302725", "en")).bodyJson().extractingPath("$.code").isEqualTo("iin.check-digit");
    }

    @Test
    void anUnknownPathAndAWrongMethodAreProblemsToo() {
        MvcTestResult missing = mvc.get().uri("/api/v1/nowhere").header("Accept-Language", "en")
                .with(TestLogins.bearer(TestLogins.token(mvc, "citizen1"))).exchange();
        assertThat(missing).hasStatus(HttpStatus.NOT_FOUND).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(missing).bodyJson().extractingPath("$.detail").isEqualTo("There is nothing at /api/v1/nowhere.");
        assertThat(missing).bodyJson().extractingPath("$.code").isEqualTo("http.404");

        MvcTestResult wrongMethod = mvc.delete().uri("/api/v1/regions").header("Accept-Language", "ru")
                .with(TestLogins.bearer(TestLogins.token(mvc, "citizen1"))).exchange();
        assertThat(wrongMethod).hasStatus(HttpStatus.METHOD_NOT_ALLOWED).bodyJson()
                .extractingPath("$.detail").isEqualTo("Метод DELETE здесь не разрешён; используйте [GET].");
    }

    private MvcTestResult iin(String value, String language) {
        return mvc.get().uri("/api/v1/test/iin?value=" + value).header("Accept-Language", language)
                .with(TestLogins.bearer(TestLogins.token(mvc, "citizen1"))).exchange();
    }
}
