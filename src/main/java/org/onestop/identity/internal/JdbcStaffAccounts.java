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
    private final RecentAccounts recent;

    JdbcStaffAccounts(AccountStore accounts, RecentAccounts recent) {
        this.accounts = accounts;
        this.recent = recent;
    }

    @Override
    public Optional<StaffAccounts.Account> account(Iin iin) {
        return accounts.byIin(iin).filter(a -> a.isActive()).map(JdbcStaffAccounts::view);
    }

    /** Answered from the accounts this node read lately ({@link RecentAccounts}), else read. */
    @Override
    public Optional<StaffAccounts.Account> byId(String accountId) {
        try {
            UUID id = UUID.fromString(accountId);
            return recent.get(id).or(() -> accounts.byId(id)).filter(a -> a.isActive()).map(JdbcStaffAccounts::view);
        } catch (IllegalArgumentException notAnAccountId) {
            return Optional.empty();
        }
    }

    private static StaffAccounts.Account view(org.onestop.identity.internal.Account account) {
        return new StaffAccounts.Account(account.id().toString(), account.language(), account.email());
    }
}
