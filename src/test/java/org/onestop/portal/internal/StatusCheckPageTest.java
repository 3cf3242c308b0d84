package org.onestop.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.onestop.DatabaseTest;
import org.onestop.browser.Applications;
import org.onestop.identity.internal.TestLogins;
import org.onestop.kernel.ReferenceNumber;
import org.onestop.kernel.WorkingCalendar;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@DatabaseTest
class StatusCheckPageTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    PortalProperties properties;

    @Test
    void theReferenceAndTheApplicantsIinShowTheServiceTheStateAndTheDatesAndNothingElse() throws Exception {
        String reference = Applications.fileAsCitizen1(mvc);

        MvcTestResult result = check(reference, Applications.CITIZEN1_IIN, "en", TestLogins.fromNewAddress());

        assertThat(result).hasStatusOk();
        String page = result.getResponse().getContentAsString();
        String today = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.ENGLISH)
                .format(LocalDate.now(WorkingCalendar.ZONE));
        assertThat(page).contains("Application " + reference, "Registration as a taxpayer", "<dd>Submitted</dd>",
                "<dd>" + today + "</dd>", "Due by");
        assertThat(page).doesNotContain("DSR-KZ-71", "State Revenue", "residency", "citizen1", "Yesil");
    }

    @Test
    void aWrongIinAndAnUnknownNumberGetTheSameAnswer() throws Exception {
        String reference = Applications.fileAsCitizen1(mvc);
        String unknown = ReferenceNumber.random(new Random()).formatted();

        String wrongIin = main(check(reference, Applications.CITIZEN2_IIN, "ru", TestLogins.fromNewAddress()), reference);
        String noSuchNumber = main(check(unknown, Applications.CITIZEN2_IIN, "ru", TestLogins.fromNewAddress()), unknown);

        assertThat(wrongIin).contains("Заявка с таким номером для этого ИИН не найдена").isEqualTo(noSuchNumber);
    }

    @Test
    void oneClientAddressMayCheckOnlySoOftenAndOthersAreNotHeldUp() throws Exception {
        RequestPostProcessor guesser = TestLogins.fromNewAddress();
        for (int attempt = 1; attempt <= properties.statusChecksPerAddress(); attempt++) {
            assertThat(check(ReferenceNumber.random(new Random()).formatted(), Applications.CITIZEN1_IIN, "en", guesser))
                    .hasStatusOk();
        }

        MvcTestResult throttled = check(ReferenceNumber.random(new Random()).formatted(), Applications.CITIZEN1_IIN,
                "en", guesser);

        assertThat(throttled).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(throttled.getResponse().getContentAsString()).contains("Too many checks came from your connection")
                .doesNotContain("We found no application");
        assertThat(check(ReferenceNumber.random(new Random()).formatted(), Applications.CITIZEN1_IIN, "en",
                TestLogins.fromNewAddress())).hasStatusOk();
    }

    @Test
    void mistakesAreShownNextToTheirFieldsInTheVisitorsLanguageWithWhatWasTypedKept() throws Exception {
        MvcTestResult result = check("12345", "", "kk", TestLogins.fromNewAddress());

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        String page = result.getResponse().getContentAsString();
        assertThat(page).contains("id=\"reference-error\"", "Өтінім нөмірі 5 емес, 11 таңбадан тұрады.",
                "id=\"iin-error\"", "Өтініш берушінің ЖСН-ін енгізіңіз.", "value=\"12345\"", "aria-invalid=\"true\"",
                "aria-describedby=\"reference-hint reference-error\"");
    }

    @Test
    void aCheckWithoutTheFormsCsrfTokenIsRefused() {
        assertThat(mvc.post().uri("/status").with(TestLogins.fromNewAddress()).param("reference", "7KQ2-M9XP-4RE")
                .param("iin", Applications.CITIZEN1_IIN).exchange()).hasStatus(HttpStatus.FORBIDDEN);
    }

    private MvcTestResult check(String reference, String iin, String language, RequestPostProcessor from) {
        return mvc.post().uri("/status").with(csrf()).with(from).header("Accept-Language", language)
                .param("reference", reference).param("iin", iin).exchange();
    }

    /** The page's main content without the form's values (what was typed, the CSRF token). */
    private static String main(MvcTestResult result, String typedReference) throws Exception {
        String page = result.getResponse().getContentAsString();
        return page.substring(page.indexOf("<main"), page.indexOf("</main>")).replace(typedReference, "")
                .replaceAll("value=\"[^\"]*\"", "");
    }
}
