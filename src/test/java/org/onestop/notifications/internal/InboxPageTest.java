package org.onestop.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onestop.identity.internal.TestLogins.session;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onestop.DatabaseTest;
import org.onestop.identity.StaffAccounts;
import org.onestop.kernel.Iin;
import org.onestop.kernel.Language;
import org.onestop.notifications.Channel;
import org.onestop.notifications.Notification;
import org.onestop.notifications.Notifications;
import org.onestop.notifications.Recipient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

/** The inbox page of {@code notifications.web}, with the dispatcher run by hand as in the other tests here. */
@DatabaseTest
class InboxPageTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Notifications notifications;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPersonReadsTheirMessagesAndMarksOneReadButCannotTouchAnothersMessage() throws Exception {
        String subject = "Заявление " + UUID.randomUUID();
        String account = accounts.account(Iin.parse("850612301200")).orElseThrow().id();
        transaction.executeWithoutResult(s -> notifications.send(new Notification(Recipient.account(account),
                Channel.IN_APP, Language.RU, subject, "Ваше заявление принято.", "test.inbox")));
        Cookie citizen = session(mvc, "citizen1");

        String page = mvc.get().uri("/my/notifications").cookie(citizen).header("Accept-Language", "ru").exchange()
                .getResponse().getContentAsString();

        assertThat(page).contains("Мои сообщения", subject, "Ваше заявление принято.", "Отметить как прочитанное");
        UUID id = jdbc.sql("SELECT id FROM notifications_message WHERE subject = :s").param("s", subject)
                .query(UUID.class).single();
        assertThat(mvc.post().uri("/my/notifications/" + id + "/read").cookie(session(mvc, "citizen2")).with(csrf())
                .exchange()).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.post().uri("/my/notifications/" + id + "/read").cookie(citizen).with(csrf()).exchange())
                .hasRedirectedUrl("/my/notifications?page=0");
        assertThat(notifications.inbox(account, 0, 100).stream().filter(m -> m.subject().equals(subject)))
                .singleElement().satisfies(m -> assertThat(m.read()).isTrue());
        assertThat(mvc.get().uri("/my/notifications").exchange()).hasStatus3xxRedirection();
    }
}
