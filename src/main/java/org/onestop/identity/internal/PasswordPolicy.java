package org.onestop.identity.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.onestop.kernel.DomainException;
import org.springframework.stereotype.Component;

/**
 * What makes a password acceptable: length, as current guidance has it, rather than rules about
 * character classes. At least 10 characters and at most 128; not one of the passwords people
 * choose most often (with digits or symbols added at the end); not the person's own IIN, phone
 * or username; not one character or a short pattern repeated.
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 128;

    private final Set<String> common = load();

    /** Checks a new password of the person with these personal details (any may be null). */
    void check(String password, String... personal) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw DomainException.invalid("identity.password.too-short",
                    "a password needs at least " + MIN_LENGTH + " characters", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw DomainException.invalid("identity.password.too-long",
                    "a password has at most " + MAX_LENGTH + " characters", MAX_LENGTH);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (isCommon(lower) || isRepetition(lower)) {
            throw DomainException.invalid("identity.password.common",
                    "this password is among the most common ones and easy to guess; choose another");
        }
        for (String detail : personal) {
            if (detail != null && detail.length() >= 4 && lower.contains(detail.toLowerCase(Locale.ROOT))) {
                throw DomainException.invalid("identity.password.personal",
                        "a password must not contain your IIN, phone number or username");
            }
        }
    }

    private boolean isCommon(String lower) {
        if (common.contains(lower)) {
            return true;
        }
        int end = lower.length();
        while (end > 0 && !Character.isLetter(lower.charAt(end - 1))) {
            end--;
        }
        return end > 0 && end < lower.length() && common.contains(lower.substring(0, end));
    }

    /** One to four characters repeated to fill the password: "aaaaaaaaaa", "abcabcabcabc". */
    private static boolean isRepetition(String lower) {
        for (int period = 1; period <= 4; period++) {
            boolean repeats = true;
            for (int i = period; i < lower.length() && repeats; i++) {
                repeats = lower.charAt(i) == lower.charAt(i - period);
            }
            if (repeats) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> load() {
        Set<String> passwords = new HashSet<>();
        try (var in = PasswordPolicy.class.getResourceAsStream("/identity/common-passwords.txt");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).forEach(passwords::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(passwords);
    }
}
