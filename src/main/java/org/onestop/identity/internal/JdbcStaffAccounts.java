package org.onestop.identity.internal;

import java.util.Optional;
import java.util.UUID;
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
        return accounts.byIin(iin).filter(a -> a.isActive()).map(JdbcStaffAccounts::view);
    }

    @Override
    public Optional<StaffAccounts.Account> byId(String accountId) {
        try {
            return accounts.byId(UUID.fromString(accountId)).filter(a -> a.isActive()).map(JdbcStaffAccounts::view);
        } catch (IllegalArgumentException notAnAccountId) {
            return Optional.empty();
        }
    }

    private static StaffAccounts.Account view(org.onestop.identity.internal.Account account) {
        return new StaffAccounts.Account(account.id().toString(), account.language(), account.email());
    }
}
