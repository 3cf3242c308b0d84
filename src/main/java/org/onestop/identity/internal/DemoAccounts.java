package org.onestop.identity.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.onestop.kernel.Iin;
import org.onestop.kernel.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo accounts, all with password {@code demo}: two citizens and one member of staff per
 * role, the staff being civil servants of the demo directory. Only in the {@code demo} profile;
 * made once, at start-up, and left alone after that. The password is below the policy's minimum
 * on purpose, so that nobody mistakes these accounts for real ones.
 */
@Component
@Profile("demo")
class DemoAccounts implements InitializingBean {

    static final String PASSWORD = "demo";

    /** Demo username → IIN; persons first, then staff as in demo/directory/civil-servants.yml. */
    static final Map<String, String> ACCOUNTS = accounts();

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final AccountStore accounts;
    private final PasswordEncoder passwords;
    private final TransactionTemplate transaction;
    private final IdentityAudit audit;
    private final Clock clock;

    DemoAccounts(AccountStore accounts, PasswordEncoder passwords, TransactionTemplate transaction,
            IdentityAudit audit, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.transaction = transaction;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void afterPropertiesSet() {
        String hash = passwords.encode(PASSWORD);
        int created = transaction.execute(status -> {
            int count = 0;
            for (var entry : ACCOUNTS.entrySet()) {
                if (accounts.byUsername(entry.getKey()).isEmpty()) {
                    Account.Kind kind = entry.getKey().startsWith("citizen") ? Account.Kind.PERSON : Account.Kind.STAFF;
                    Account account = new Account(UUID.randomUUID(), entry.getKey(), kind, Iin.parse(entry.getValue()),
                            hash, null, null, Account.Status.ACTIVE, Language.RU, true, clock.instant());
                    accounts.insert(account);
                    audit.demoAccountCreated(account);
                    count++;
                }
            }
            return count;
        });
        if (created > 0) {
            log.info("Demo accounts created: {} (password '{}')", created, PASSWORD);
        }
    }

    private static Map<String, String> accounts() {
        Map<String, String> demo = new LinkedHashMap<>();
        demo.put("citizen1", "850612301200");
        demo.put("citizen2", "920304404509");
        demo.put("operator1", "940317422809");
        demo.put("officer1", "881214457226");
        demo.put("head1", "750509354458");
        demo.put("auditor1", "830803316173");
        demo.put("analyst1", "891127438477");
        demo.put("catalogadmin1", "870305356102");
        demo.put("admin1", "901224361873");
        return java.util.Collections.unmodifiableMap(demo);
    }
}
