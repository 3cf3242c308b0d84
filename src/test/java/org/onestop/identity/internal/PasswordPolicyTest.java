package org.onestop.identity.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onestop.kernel.DomainException;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void aLongPassphraseIsAcceptedWhateverItsCharacters() {
        assertThatCode(() -> policy.check("жылқы сары таң атты")).doesNotThrowAnyException();
        assertThatCode(() -> policy.check("correct horse battery")).doesNotThrowAnyException();
    }

    @Test
    void aShortPasswordIsRefusedWithTheMinimum() {
        assertRefused("Xy7#kQ9!", "identity.password.too-short");
        assertThatThrownBy(() -> policy.check("Xy7#kQ9!")).hasMessage("a password needs at least 10 characters");
    }

    @Test
    void anOverlongPasswordIsRefused() {
        assertRefused("a".repeat(60) + "b".repeat(69), "identity.password.too-long");
    }

    @ParameterizedTest
    @ValueSource(strings = {"qwertyuiop", "1234567890", "Password123", "password2024!", "Qwerty12345",
        "kazakhstan2025", "ЙЦУКЕНГШЩЗ", "1q2w3e4r5t", "administrator", "astana2026!!"})
    void theMostCommonPasswordsAreRefusedEvenWithDigitsAdded(String password) {
        assertRefused(password, "identity.password.common");
    }

    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaaaaa", "abababababab", "xyzxyzxyzxyz", "1231231231"})
    void aShortPatternRepeatedIsRefused(String password) {
        assertRefused(password, "identity.password.common");
    }

    @Test
    void aPasswordContainingTheIinOrPhoneIsRefused() {
        assertRefused("my-850612301200-pass", "identity.password.personal", "850612301200", "7011234567");
        assertRefused("call 7011234567 now", "identity.password.personal", "850612301200", "7011234567");
    }

    private void assertRefused(String password, String code, String... personal) {
        assertThatThrownBy(() -> policy.check(password, personal))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.code()).isEqualTo(code));
    }
}
