package org.onestop.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.onestop.kernel.Actor;
import org.onestop.kernel.DomainException;
import org.onestop.kernel.Iin;
import org.onestop.kernel.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A citizen registers with their IIN, a phone number or an email address, and a password; a
 * six-digit code goes to that phone or address, and the account becomes active when the code
 * comes back. Whether an IIN already has an account is never revealed: the answer is the same,
 * and the owner of the existing account is told in their inbox that someone tried.
 */
@Component
class Registration {

    /** What a person fills in to register; exactly one of phone and email. */
    record Request(String iin, String phone, String email, String password, Language language) {
    }

    static final int MAX_CODE_ATTEMPTS = 5;
    private static final Actor REGISTRATION = Actor.system("registration");
    private static final Pattern PHONE = Pattern.compile("\\+7\\d{10}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountStore accounts;
    private final PasswordPolicy policy;
    private final PasswordEncoder passwords;
    private final RateLimits limits;
    private final RegistrationMessages messages;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final IdentityProperties properties;
    private final IdentityAudit audit;
    private final Clock clock;

    Registration(AccountStore accounts, PasswordPolicy policy, PasswordEncoder passwords, RateLimits limits,
            RegistrationMessages messages, JdbcClient jdbc, TransactionTemplate transaction,
            IdentityProperties properties, IdentityAudit audit, Clock clock) {
        this.accounts = accounts;
        this.policy = policy;
        this.passwords = passwords;
        this.limits = limits;
        this.messages = messages;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    void register(Request request, String clientAddress) {
        Iin iin = Iin.parse(request.iin());
        String phone = blankToNull(request.phone());
        String email = blankToNull(request.email());
        if ((phone == null) == (email == null)) {
            throw DomainException.invalid("identity.contact.one", "give a phone number or an email address, one of them");
        }
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw DomainException.invalid("identity.contact.phone", "a phone number looks like +77011234567");
        }
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw DomainException.invalid("identity.contact.email", "this is not an email address");
        }
        policy.check(request.password(), iin.value(), phone == null ? null : phone.substring(2));
        RateLimits.Limit perAddress = new RateLimits.Limit(properties.registrationsPerAddress(), Duration.ofHours(1));
        if (limits.hit("register-address:" + clientAddress, perAddress) > perAddress.hits()) {
            throw new DomainException(DomainException.Kind.TOO_MANY_REQUESTS, "identity.register.throttled",
                    "too many registrations from your address: try again in an hour");
        }
        String hash = passwords.encode(request.password());
        transaction.executeWithoutResult(status -> {
            Optional<Account> existing = accounts.byIin(iin);
            if (existing.isPresent() && existing.get().status() != Account.Status.PENDING) {
                messages.someoneTriedToRegister(existing.get());
                return;
            }
            UUID id = existing.map(Account::id).orElseGet(UUID::randomUUID);
            Account pending = new Account(id, iin.value(), Account.Kind.PERSON, iin, hash, phone, email,
                    Account.Status.PENDING, request.language(), false, clock.instant());
            if (existing.isPresent()) {
                accounts.updatePending(id, hash, phone, email, request.language());
                audit.accountChanged(REGISTRATION, "account.registration-repeated", existing.get(), pending);
            } else {
                accounts.insert(pending);
                audit.accountCreated(REGISTRATION, pending);
            }
            String code = "%06d".formatted(RANDOM.nextInt(1_000_000));
            jdbc.sql("DELETE FROM identity_one_time_code WHERE account_id = :id").param("id", id).update();
            jdbc.sql("INSERT INTO identity_one_time_code (account_id, code_hash, expires_at, attempts)"
                            + " VALUES (:id, :hash, :expires, 0)")
                    .param("id", id).param("hash", codeHash(id, code))
                    .param("expires", clock.instant().plus(properties.codeTtl()).atOffset(ZoneOffset.UTC))
                    .update();
            messages.oneTimeCode(phone, email, request.language(), code, properties.codeTtl());
        });
    }

    /** Activates the pending account of this IIN if the code is its live one. */
    void confirm(String iinText, String code) {
        DomainException wrong = DomainException.invalid("identity.code.wrong",
                "this code is wrong or has expired: register again to get a new one");
        Iin iin = Iin.parse(iinText);
        Account account = accounts.byIin(iin).filter(a -> a.status() == Account.Status.PENDING).orElseThrow(() -> wrong);
        record Code(String hash, OffsetDateTime expires, int attempts) {
        }
        Code live = jdbc.sql("SELECT code_hash, expires_at, attempts FROM identity_one_time_code WHERE account_id = :id")
                .param("id", account.id())
                .query((rs, n) -> new Code(rs.getString(1), rs.getObject(2, OffsetDateTime.class), rs.getInt(3)))
                .optional().orElseThrow(() -> wrong);
        if (live.attempts() >= MAX_CODE_ATTEMPTS || live.expires().toInstant().isBefore(clock.instant())) {
            throw wrong;
        }
        if (code == null || !MessageDigest.isEqual(live.hash().getBytes(StandardCharsets.US_ASCII),
                codeHash(account.id(), code.strip()).getBytes(StandardCharsets.US_ASCII))) {
            jdbc.sql("UPDATE identity_one_time_code SET attempts = attempts + 1 WHERE account_id = :id")
                    .param("id", account.id()).update();
            throw wrong;
        }
        transaction.executeWithoutResult(status -> {
            jdbc.sql("DELETE FROM identity_one_time_code WHERE account_id = :id").param("id", account.id()).update();
            accounts.activate(account.id());
            audit.accountChanged(REGISTRATION, "account.activated", account, accounts.byId(account.id()).orElseThrow());
        });
    }

    private static String codeHash(UUID accountId, String code) {
        return Tokens.hash(accountId + ":" + code);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
