package org.onestop.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onestop.identity.internal.TestLogins.fromNewAddress;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.onestop.DatabaseTest;
import org.onestop.notifications.Notifications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** A citizen registers in the browser: IIN, email, password, then the code, then logs in. */
@DatabaseTest
class RegistrationPageTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Notifications notifications;

    @Test
    void aCitizenRegistersWithTheCodeSentByEmailAndLogsIn() throws Exception {
        String iin = TestAccounts.newIin().value();
        String email = "p" + iin + "@example.kz";
        assertThat(mvc.get().uri("/register").header("Accept-Language", "ru").exchange()).hasStatusOk()
                .bodyText().contains("Регистрация", "Куда отправить код?");

        MvcTestResult sent = register(iin, "email", email, "степь широка и ветер свеж");

        assertThat(sent).hasStatusOk().bodyText().contains("Введите код").doesNotContain("?iin=");
        Matcher code = Pattern.compile("\\b(\\d{6})\\b").matcher(notifications.latestTo(email,
                RegistrationMessages.ONE_TIME_CODE).orElseThrow().body());
        assertThat(code.find()).isTrue();
        MvcTestResult wrong = confirm(iin, code.group(1).equals("000000") ? "000001" : "000000");
        assertThat(wrong).hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("Код неверен");
        assertThat(confirm(iin, code.group(1))).hasRedirectedUrl("/login?registered");
        assertThat(TestLogins.loginStatus(mvc, iin, "степь широка и ветер свеж")).isEqualTo(200);
    }

    @Test
    void mistakesAreShownNextToTheirFieldsWithWhatWasTypedKept() throws Exception {
        String iin = TestAccounts.newIin().value();

        MvcTestResult badIin = register(iin.substring(0, 11) + (iin.charAt(11) == '0' ? '1' : '0'), "phone",
                "+77011234567", "степь широка и ветер свеж");
        assertThat(badIin).hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("id=\"iin-error\"", "+77011234567");
        MvcTestResult badPhone = register(iin, "phone", "8701", "степь широка и ветер свеж");
        assertThat(badPhone).hasStatus(HttpStatus.BAD_REQUEST).bodyText()
                .contains("id=\"phone-error\"", "value=\"" + iin + "\"").doesNotContain("степь широка");
        assertThat(register(iin, "email", "x@example.kz", "short")).hasStatus(HttpStatus.BAD_REQUEST).bodyText()
                .contains("id=\"password-error\"");
    }

    private MvcTestResult register(String iin, String contact, String address, String password) {
        return mvc.post().uri("/register").with(csrf()).with(fromNewAddress()).header("Accept-Language", "ru")
                .param("iin", iin).param("contact", contact).param(contact, address).param("password", password)
                .exchange();
    }

    private MvcTestResult confirm(String iin, String code) {
        return mvc.post().uri("/register/confirm").with(csrf()).header("Accept-Language", "ru").param("iin", iin)
                .param("code", code).exchange();
    }
}
