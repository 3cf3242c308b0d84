package org.onestop.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.onestop.kernel.Language;
import org.onestop.notifications.Channel;
import org.onestop.notifications.Notification;
import org.onestop.notifications.Notifications;
import org.onestop.notifications.Recipient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Email over a real SMTP conversation with an in-process server (GreenMail). A context of its own
 * (with a mail server configured and its own in-memory database), so not a {@code @DatabaseTest}.
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:mail;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
    "spring.mail.host=127.0.0.1",
    "spring.mail.properties.mail.smtp.connectiontimeout=2000",
    "spring.mail.properties.mail.smtp.timeout=2000"})
@ActiveProfiles("test")
class MailDeliveryTest {

    private static final int PORT = freePort();
    private static GreenMail smtp = started();

    @Autowired
    Notifications notifications;

    @Autowired
    Dispatcher dispatcher;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> PORT);
    }

    @AfterAll
    static void stop() {
        smtp.stop();
    }

    @Test
    void anEmailIsDeliveredOverSmtpInTheRecipientsLanguage() throws Exception {
        UUID id = queue("aigerim@example.kz", "Өтінім қабылданды");

        dispatcher.dispatch();

        assertThat(status(id)).isEqualTo("SENT");
        MimeMessage received = receivedBy("aigerim@example.kz");
        assertThat(received.getSubject()).isEqualTo("Өтінім қабылданды");
        assertThat(received.getFrom()[0].toString()).contains("noreply@onestop.local");
    }

    @Test
    void aMailServerThatIsDownDelaysEmailAndLosesNone() throws Exception {
        smtp.stop();
        UUID id = queue("bolat@example.kz", "Заявка одобрена");
        for (int pass = 0; pass < 7; pass++) {
            dispatcher.dispatch();
        }
        assertThat(status(id)).isEqualTo("PENDING");
        assertThat(jdbc.sql("SELECT attempts FROM notifications_message WHERE id = :id").param("id", id)
                .query(Integer.class).single()).isZero();

        smtp = started();
        dispatcher.dispatch();

        assertThat(status(id)).isEqualTo("SENT");
        assertThat(receivedBy("bolat@example.kz").getSubject()).isEqualTo("Заявка одобрена");
    }

    private static MimeMessage receivedBy(String address) throws Exception {
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equals(address)) {
                return message;
            }
        }
        throw new AssertionError("no message to " + address);
    }

    private UUID queue(String address, String subject) {
        return transaction.execute(status -> notifications.send(new Notification(Recipient.address(address),
                Channel.EMAIL, Language.KK, subject, "OneStop", "test.mail")));
    }

    private String status(UUID id) {
        return jdbc.sql("SELECT status FROM notifications_message WHERE id = :id").param("id", id)
                .query(String.class).single();
    }

    private static GreenMail started() {
        GreenMail server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
