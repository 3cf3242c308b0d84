package org.onestop.identity.internal;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.onestop.kernel.Iin;
import org.onestop.kernel.Language;
import org.springframework.stereotype.Component;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Makes throwaway person accounts with unique valid IINs, so tests never lock out demo accounts. */
@Component
class TestAccounts {

    static final String PASSWORD = "a long test passphrase";
    private static final AtomicInteger SERIAL = new AtomicInteger(100);

    private final AccountStore accounts;
    private final PasswordEncoder passwords;

    TestAccounts(AccountStore accounts, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.passwords = passwords;
    }

    /** An active person account whose login is returned (its IIN). */
    String activePerson() {
        Iin iin = newIin();
        accounts.insert(new Account(UUID.randomUUID(), "test" + iin.value(), Account.Kind.PERSON, iin,
                passwords.encode(PASSWORD), null, null, Account.Status.ACTIVE, Language.EN, false, Instant.now()));
        return iin.value();
    }

    /** A valid IIN no account has yet. */
    static Iin newIin() {
        while (true) {
            String prefix = "770707" + "3" + "%04d".formatted(SERIAL.incrementAndGet() % 10000);
            for (int check = 0; check <= 9; check++) {
                if (Iin.isValid(prefix + check)) {
                    return Iin.parse(prefix + check);
                }
            }
        }
    }
}
