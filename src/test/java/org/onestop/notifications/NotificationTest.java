package org.onestop.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.onestop.kernel.Language;

class NotificationTest {

    private static final Recipient ACCOUNT = Recipient.account("account-1");
    private static final Recipient PHONE = Recipient.address("+77011234567");

    @Test
    void aValidNotificationKeepsWhatItWasGiven() {
        Notification notification = new Notification(new Recipient(" account-1 ", " a@example.kz "), Channel.EMAIL,
                Language.RU, "Код подтверждения", "Ваш код: 4821.\nНикому его не сообщайте.", "identity.one-time-code");

        assertThat(notification.recipient()).isEqualTo(new Recipient("account-1", "a@example.kz"));
        assertThat(notification.body()).contains("\n");
    }

    @Test
    void aBlankSubjectOrBodyIsRefusedAndNamed() {
        refused(ACCOUNT, Channel.IN_APP, " ", "body", "identity.one-time-code").hasMessage("the subject is blank");
        refused(ACCOUNT, Channel.IN_APP, null, "body", "identity.one-time-code").hasMessage("the subject is blank");
        refused(ACCOUNT, Channel.IN_APP, "subject", "\n\t", "identity.one-time-code").hasMessage("the body is blank");
    }

    @Test
    void aSubjectOrBodyTooLongSaysHowLongItIsAndWhatFits() {
        refused(ACCOUNT, Channel.IN_APP, "ә".repeat(301), "body", "identity.one-time-code")
                .hasMessage("the subject has 301 characters; at most 300 fit");
        refused(ACCOUNT, Channel.IN_APP, "subject", "x".repeat(4001), "identity.one-time-code")
                .hasMessage("the body has 4001 characters; at most 4000 fit");
        assertThat(new Notification(ACCOUNT, Channel.IN_APP, Language.KK, "ә".repeat(300), "😀".repeat(4000),
                "identity.one-time-code").body()).hasSize(8000);
    }

    @Test
    void aSubjectIsOneLine() {
        refused(PHONE, Channel.SMS, "Code\r\nBcc: everyone@example.kz", "body", "identity.one-time-code")
                .hasMessage("the subject must be one line");
    }

    @Test
    void anInAppNotificationNeedsAnAccountAndTheOtherChannelsAnAddress() {
        refused(PHONE, Channel.IN_APP, "subject", "body", "identity.one-time-code")
                .hasMessage("an IN_APP notification needs the recipient's account id");
        refused(ACCOUNT, Channel.EMAIL, "subject", "body", "identity.one-time-code")
                .hasMessage("an EMAIL notification needs the recipient's address");
        refused(ACCOUNT, Channel.SMS, "subject", "body", "identity.one-time-code")
                .hasMessage("an SMS notification needs the recipient's address");
        refused(null, Channel.SMS, "subject", "body", "identity.one-time-code")
                .hasMessage("a notification needs a recipient");
        refused(PHONE, null, "subject", "body", "identity.one-time-code").hasMessage("a notification needs a channel");
    }

    @Test
    void aKindIsAStableDottedCode() {
        for (String kind : new String[] {"identity.one-time-code", "applications.decision.approved", "a1.b-2"}) {
            assertThat(new Notification(ACCOUNT, Channel.IN_APP, Language.EN, "s", "b", kind).kind()).isEqualTo(kind);
        }
        for (String kind : new String[] {null, "", "identity", "Identity.Code", "identity..code", "identity.code-",
                "identity.one time code", "identity." + "x".repeat(100)}) {
            refused(ACCOUNT, Channel.IN_APP, "subject", "body", kind)
                    .hasMessageStartingWith("kind '" + kind + "' is not a code such as identity.one-time-code");
        }
    }

    @Test
    void aRecipientIsTrimmedAndNeedsAnAccountOrAnAddress() {
        assertThat(Recipient.account("  acc-7 ")).isEqualTo(new Recipient("acc-7", null));
        assertThat(new Recipient(" ", "+77011234567").accountId()).isNull();
        assertThatThrownBy(() -> new Recipient(" ", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a recipient needs an account id or an address");
        assertThatThrownBy(() -> Recipient.address("a".repeat(250) + "@x.kz"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the recipient's address has 255 characters; at most 254 fit");
        assertThatThrownBy(() -> Recipient.account("a".repeat(101))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the recipient's account id has 101 characters; at most 100 fit");
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> refused(Recipient recipient, Channel channel,
            String subject, String body, String kind) {
        return assertThatThrownBy(() -> new Notification(recipient, channel, Language.KK, subject, body, kind))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
