package org.onestop.feedback.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onestop.identity.internal.TestLogins.session;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.onestop.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The applicant rates a finished application on its page, once; nobody else can. */
@DatabaseTest
class RatingPageTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void theApplicantRatesAFinishedApplicationOnceFromItsPage() {
        String reference = FeedbackFixtures.finished(mvc, "citizen1");
        Cookie citizen = session(mvc, "citizen1");
        Cookie ru = new Cookie("ONESTOP_LANG", "ru");

        assertThat(mvc.get().uri("/my/applications/" + reference).cookie(citizen, ru).exchange()).hasStatusOk()
                .bodyText().contains("/my/applications/" + reference + "/feedback", "Оценить, как рассмотрели заявку");
        assertThat(mvc.post().uri("/my/applications/" + reference + "/feedback").cookie(citizen, ru).with(csrf())
                .param("comment", "Быстро").exchange()).hasStatus(HttpStatus.BAD_REQUEST).bodyText()
                .contains("Оценка — целое число от 1 до 5.", "Быстро");
        assertThat(mvc.post().uri("/my/applications/" + reference + "/feedback").cookie(citizen, ru).with(csrf())
                .param("score", "5").param("tags", "courtesy").param("comment", "Быстро").exchange())
                .hasRedirectedUrl("/my/applications/" + reference + "/feedback?thanks");

        assertThat(mvc.get().uri("/my/applications/" + reference + "/feedback?thanks").cookie(citizen, ru).exchange())
                .hasStatusOk().bodyText().contains("Спасибо", "5 / 5", "Быстро").doesNotContain("Отправить оценку");
        assertThat(mvc.post().uri("/my/applications/" + reference + "/feedback").cookie(citizen, ru).with(csrf())
                .param("score", "1").exchange()).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.get().uri("/my/applications/" + reference + "/feedback").cookie(session(mvc, "citizen2"), ru)
                .exchange()).hasStatus(HttpStatus.NOT_FOUND);
    }
}
