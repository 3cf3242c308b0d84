package org.onestop.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onestop.identity.internal.TestLogins.bearer;
import static org.onestop.identity.internal.TestLogins.token;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onestop.DatabaseTest;
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

@DatabaseTest
class MyNotificationsApiTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Notifications notifications;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Test
    void eachPersonReadsAndMarksOnlyTheirOwnInbox() throws Exception {
        String subject = "Your application moved " + System.nanoTime();
        UUID mine = send("citizen1", subject);
        UUID theirs = send("citizen2", subject);

        String inbox = mvc.get().uri("/api/v1/me/notifications").with(bearer(token(mvc, "citizen1"))).exchange()
                .getResponse().getContentAsString();
        assertThat(inbox).contains(mine.toString()).doesNotContain(theirs.toString());

        assertThat(mvc.post().uri("/api/v1/me/notifications/" + theirs + "/read")
                .with(bearer(token(mvc, "citizen1"))).exchange()).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(jdbc.sql("SELECT read_at FROM notifications_message WHERE id = :id").param("id", theirs)
                .query(java.time.OffsetDateTime.class).optional()).isEmpty();

        assertThat(mvc.post().uri("/api/v1/me/notifications/" + mine + "/read")
                .with(bearer(token(mvc, "citizen1"))).exchange()).hasStatus(HttpStatus.NO_CONTENT);
        assertThat(jdbc.sql("SELECT action FROM integrity_audit_entry WHERE object_type = 'notification'"
                + " AND object_id = :id").param("id", mine.toString()).query(String.class).list())
                .containsExactly("notification.read");
    }

    private UUID send(String username, String subject) {
        String accountId = jdbc.sql("SELECT CAST(id AS VARCHAR(36)) FROM identity_account WHERE username = :name")
                .param("name", username).query(String.class).single();
        return transaction.execute(status -> notifications.send(new Notification(Recipient.account(accountId),
                Channel.IN_APP, Language.EN, subject, "It is now in processing.", "test.message")));
    }
}
