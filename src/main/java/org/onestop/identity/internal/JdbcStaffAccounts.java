package org.onestop.identity.internal;

import java.util.Optional;
import org.onestop.identity.StaffAccounts;
import org.onestop.kernel.Iin;
import org.springframework.stereotype.Component;

/** {@link StaffAccounts} from the accounts table. */
@Component
class JdbcStaffAccounts implements StaffAccounts {

    private final AccountStore accounts;

    JdbcStaffAccounts(AccountStore accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<StaffAccounts.Account> account(Iin iin) {
        return accounts.byIin(iin).filter(a -> a.isActive())
                .map(a -> new StaffAccounts.Account(a.id().toString(), a.language()));
    }
}
