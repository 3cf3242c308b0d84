package org.onestop.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onestop.identity.internal.TestLogins.bearer;
import static org.onestop.identity.internal.TestLogins.fromNewAddress;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.onestop.DatabaseTest;
import org.onestop.notifications.Notifications;
import org.onestop.notifications.QueuedNotification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@DatabaseTest
class RegistrationTest {

    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Notifications notifications;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCitizenRegistersConfirmsTheCodeSentToTheirPhoneAndLogsIn() {
        String iin = TestAccounts.newIin().value();
        String phone = phoneFor(iin);

        MvcTestResult registered = register(iin, phone, null, "степь широка и ветер свеж", "ru", fromNewAddress());

        assertThat(registered).hasStatus(HttpStatus.ACCEPTED).bodyJson().extractingPath("$.message")
                .isEqualTo("Если данные верны, мы отправили код для их подтверждения.");
        QueuedNotification sms = notifications.latestTo(phone, RegistrationMessages.ONE_TIME_CODE).orElseThrow();
        assertThat(sms.channel().name()).isEqualTo("SMS");
        assertThat(sms.body()).startsWith("Ваш код OneStop: ");
        assertThat(TestLogins.loginStatus(mvc, iin, "степь широка и ветер свеж")).isEqualTo(401);

        assertThat(confirm(iin, codeIn(sms))).hasStatus(HttpStatus.NO_CONTENT);

        String token = TestLogins.login(mvc, iin, "степь широка и ветер свеж");
        assertThat(mvc.get().uri("/api/v1/me").with(bearer(token)).exchange()).bodyJson()
                .extractingPath("$.phone").isEqualTo(phone);
    }

    @Test
    void aWrongCodeIsRefusedAndFiveWrongCodesSpendTheCode() {
        String iin = TestAccounts.newIin().value();
        String email = iin + "@example.kz";
        register(iin, null, email, "a long registration passphrase", "en", fromNewAddress());
        String code = codeIn(notifications.latestTo(email, RegistrationMessages.ONE_TIME_CODE).orElseThrow());
        String wrong = code.equals("000000") ? "000001" : "000000";

        for (int attempt = 1; attempt <= Registration.MAX_CODE_ATTEMPTS; attempt++) {
            assertThat(confirm(iin, wrong)).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                    .extractingPath("$.code").isEqualTo("identity.code.wrong");
        }

        assertThat(confirm(iin, code)).hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void registeringAnIinThatHasAnAccountSaysTheSameAndWarnsTheOwner() {
        long warningsBefore = registrationWarningsTo("citizen2");

        MvcTestResult result = register("920304404509", "+77019998877", null, "a long registration passphrase",
                "ru", fromNewAddress());

        assertThat(result).hasStatus(HttpStatus.ACCEPTED).bodyJson().extractingPath("$.message")
                .isEqualTo("Если данные верны, мы отправили код для их подтверждения.");
        assertThat(notifications.latestTo("+77019998877", RegistrationMessages.ONE_TIME_CODE)).isEmpty();
        assertThat(registrationWarningsTo("citizen2")).isEqualTo(warningsBefore + 1);
    }

    @Test
    void aWeakPasswordOrAMissingContactIsRefusedInTheRequestsLanguageAndNothingIsStored() {
        String iin = TestAccounts.newIin().value();

        assertThat(register(iin, phoneFor(iin), null, "qwerty12345", "kk", fromNewAddress()))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.detail").asString()
                .startsWith("Бұл — ең жиі қолданылатын құпиясөздердің бірі");
        assertThat(register(iin, null, null, "a long registration passphrase", "en", fromNewAddress()))
                .bodyJson().extractingPath("$.detail").isEqualTo("Give a phone number or an email address, one of them.");
        assertThat(register("791028302725", phoneFor(iin), null, "a long registration passphrase", "en",
                fromNewAddress())).bodyJson().extractingPath("$.detail")
                .isEqualTo("Check digit should be 8, not 5: please check the IIN.");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM identity_account WHERE iin = :iin").param("iin", iin)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void oneAddressRegisteringTooOftenIsThrottled() {
        RequestPostProcessor address = fromNewAddress();
        for (int attempt = 1; attempt <= 10; attempt++) {
            String iin = TestAccounts.newIin().value();
            assertThat(register(iin, phoneFor(iin), null, "a long registration passphrase", "en", address))
                    .hasStatus(HttpStatus.ACCEPTED);
        }
        String iin = TestAccounts.newIin().value();
        assertThat(register(iin, phoneFor(iin), null, "a long registration passphrase", "en", address))
                .hasStatus(HttpStatus.TOO_MANY_REQUESTS);
    }

    private long registrationWarningsTo(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM notifications_message WHERE kind = :kind AND channel = 'IN_APP'"
                        + " AND account_id = (SELECT CAST(id AS VARCHAR(36)) FROM identity_account WHERE username = :name)")
                .param("kind", RegistrationMessages.REGISTRATION_ATTEMPT).param("name", username)
                .query(Long.class).single();
    }

    private static String phoneFor(String iin) {
        return "+770" + iin.substring(3, 11);
    }

    private static String codeIn(QueuedNotification message) {
        Matcher matcher = CODE.matcher(message.body());
        assertThat(matcher.find()).as("a code in %s", message.body()).isTrue();
        return matcher.group(1);
    }

    private MvcTestResult register(String iin, String phone, String email, String password, String language,
            RequestPostProcessor address) {
        return mvc.post().uri("/api/v1/auth/register").with(address).header("Accept-Language", language)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json("iin", iin, "phone", phone, "email", email, "password", password)).exchange();
    }

    private MvcTestResult confirm(String iin, String code) {
        return mvc.post().uri("/api/v1/auth/register/confirm").contentType(MediaType.APPLICATION_JSON)
                .content(json("iin", iin, "code", code)).exchange();
    }

    private static String json(String... pairs) {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                json.append(json.length() > 1 ? "," : "").append('"').append(pairs[i]).append("\":\"")
                        .append(pairs[i + 1]).append('"');
            }
        }
        return json.append('}').toString();
    }
}
