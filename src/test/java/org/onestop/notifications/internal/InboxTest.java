package org.onestop.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onestop.DatabaseTest;
import org.onestop.kernel.Language;
import org.onestop.notifications.Channel;
import org.onestop.notifications.InboxMessage;
import org.onestop.notifications.Notification;
import org.onestop.notifications.Notifications;
import org.onestop.notifications.Recipient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

@DatabaseTest
class InboxTest {

    @Autowired
    Notifications notifications;

    @Autowired
    Dispatcher dispatcher;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void anInAppMessageIsInTheInboxAsTheSenderCommitsAndCountsAsUnread() {
        String account = account();
        UUID id = send(account, "Application 7KQ2-M9XP-4RH approved");

        InboxMessage message = notifications.inbox(account, 0, 20).getFirst();
        assertThat(notifications.inbox(account, 0, 20)).hasSize(1);
        assertThat(message.id()).isEqualTo(id);
        assertThat(message.subject()).isEqualTo("Application 7KQ2-M9XP-4RH approved");
        assertThat(message.body()).isEqualTo("Your result is ready at the centre.");
        assertThat(message.kind()).isEqualTo("applications.decision-made");
        assertThat(message.read()).isFalse();
        assertThat(message.at()).isNotNull();
        assertThat(notifications.unread(account)).isOne();

        dispatcher.dispatch();
        assertThat(notifications.inbox(account, 0, 20)).singleElement().extracting(InboxMessage::id).isEqualTo(id);
    }

    @Test
    void anInAppMessageWhoseSenderRollsBackNeverReachesTheInbox() {
        String account = account();
        transaction.executeWithoutResult(status -> {
            notifications.send(new Notification(Recipient.account(account), Channel.IN_APP, Language.EN,
                    "Application approved", "Your result is ready at the centre.", "applications.decision-made"));
            assertThat(notifications.inbox(account, 0, 20)).as("seen inside the sender's transaction").hasSize(1);
            status.setRollbackOnly();
        });

        dispatcher.dispatch();

        assertThat(notifications.inbox(account, 0, 20)).isEmpty();
        assertThat(notifications.unread(account)).isZero();
    }

    @Test
    void theInboxShowsTheNewestFirstOnePageAtATime() {
        String account = account();
        UUID first = send(account, "first");
        UUID second = send(account, "second");
        UUID third = send(account, "third");

        assertThat(notifications.inbox(account, 0, 2)).extracting(InboxMessage::id).containsExactly(third, second);
        assertThat(notifications.inbox(account, 1, 2)).extracting(InboxMessage::id).containsExactly(first);
        assertThat(notifications.inbox(account, 2, 2)).isEmpty();
        assertThat(notifications.unread(account)).isEqualTo(3);
    }

    @Test
    void onlyTheOwnerMarksAMessageReadAndNoOneElseLearnsWhetherItExists() {
        String owner = account();
        String stranger = account();
        UUID id = send(owner, "Your complaint was registered");

        assertThat(notifications.markRead(stranger, id)).isFalse();
        assertThat(notifications.markRead(stranger, UUID.randomUUID())).isFalse();
        assertThat(notifications.markRead(owner, UUID.randomUUID())).isFalse();
        assertThat(notifications.markRead(owner, null)).isFalse();
        assertThat(notifications.unread(owner)).isOne();

        assertThat(notifications.markRead(owner, id)).isTrue();
        assertThat(notifications.markRead(owner, id)).isTrue();

        assertThat(notifications.unread(owner)).isZero();
        assertThat(notifications.inbox(owner, 0, 10)).singleElement().extracting(InboxMessage::read).isEqualTo(true);
    }

    @Test
    void anEmailToAnAccountNeverShowsInItsInbox() {
        String account = account();
        transaction.executeWithoutResult(status -> notifications.send(new Notification(
                new Recipient(account, account + "@example.kz"), Channel.EMAIL, Language.RU, "Письмо", "Текст",
                "applications.decision-made")));

        dispatcher.dispatch();

        assertThat(notifications.inbox(account, 0, 10)).isEmpty();
        assertThat(notifications.unread(account)).isZero();
    }

    @Test
    void aPageIsZeroOrMoreAndHoldsOneToAHundredMessagesOfOneAccount() {
        assertThatThrownBy(() -> notifications.inbox("account", -1, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("page -1 does not exist; the first page is 0");
        assertThatThrownBy(() -> notifications.inbox("account", 0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a page holds 1 to 100 messages, not 0");
        assertThatThrownBy(() -> notifications.inbox("account", 0, 101)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a page holds 1 to 100 messages, not 101");
        assertThatThrownBy(() -> notifications.inbox(" ", 0, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an account id is required");
        assertThatThrownBy(() -> notifications.unread(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an account id is required");
    }

    private UUID send(String account, String subject) {
        return transaction.execute(status -> notifications.send(new Notification(Recipient.account(account),
                Channel.IN_APP, Language.EN, subject, "Your result is ready at the centre.",
                "applications.decision-made")));
    }

    private static String account() {
        return "account-" + UUID.randomUUID();
    }
}
