package org.onestop.identity;

import java.util.Optional;
import org.onestop.kernel.Iin;
import org.onestop.kernel.Language;

/** Finds the account of a person or member of staff, so that other modules can message them. */
public interface StaffAccounts {

    /** An active account: its id, the language its holder reads, and their email address if they gave one. */
    record Account(String id, Language language, String email) {
    }

    /** The active account with this IIN, if there is one. */
    Optional<Account> account(Iin iin);

    /** The active account with this id, if there is one. */
    Optional<Account> byId(String accountId);
}
