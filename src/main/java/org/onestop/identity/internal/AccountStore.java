package org.onestop.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.onestop.kernel.Iin;
import org.onestop.kernel.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Accounts in {@code identity_account}; usernames are kept in lower case. */
@Repository
class AccountStore {

    private static final String COLUMNS =
            "id, username, kind, iin, password_hash, phone, email, status, language, demo, created_at";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final RecentAccounts recent;

    AccountStore(JdbcClient jdbc, Clock clock, RecentAccounts recent) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.recent = recent;
    }

    Optional<Account> byUsername(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM identity_account WHERE username = :username")
                .param("username", normalise(username)).query(AccountStore::account).optional();
    }

    /** The account a person logs in to with their IIN or their username. */
    Optional<Account> byLogin(String login) {
        String name = normalise(login);
        if (Iin.isValid(name)) {
            Optional<Account> byIin = byIin(Iin.parse(name));
            if (byIin.isPresent()) {
                return byIin;
            }
        }
        return byUsername(name);
    }

    Optional<Account> byIin(Iin iin) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM identity_account WHERE iin = :iin")
                .param("iin", iin.value()).query(AccountStore::account).optional();
    }

    Optional<Account> byId(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM identity_account WHERE id = :id")
                .param("id", id).query(AccountStore::account).optional();
    }

    void insert(Account account) {
        jdbc.sql("INSERT INTO identity_account (" + COLUMNS + ", updated_at) VALUES (:id, :username, :kind, :iin,"
                        + " :passwordHash, :phone, :email, :status, :language, :demo, :createdAt, :createdAt)")
                .param("id", account.id())
                .param("username", normalise(account.username()))
                .param("kind", account.kind().name())
                .param("iin", account.iin() == null ? null : account.iin().value())
                .param("passwordHash", account.passwordHash())
                .param("phone", account.phone())
                .param("email", account.email())
                .param("status", account.status().name())
                .param("language", account.language().tag())
                .param("demo", account.demo())
                .param("createdAt", utc(account.createdAt()))
                .update();
    }

    /** Replaces the contact details and password of a pending account (a second registration try). */
    void updatePending(UUID id, String passwordHash, String phone, String email, Language language) {
        recent.forget(id);
        jdbc.sql("UPDATE identity_account SET password_hash = :hash, phone = :phone, email = :email,"
                        + " language = :language, updated_at = :now WHERE id = :id AND status = 'PENDING'")
                .param("hash", passwordHash).param("phone", phone).param("email", email)
                .param("language", language.tag()).param("now", now()).param("id", id)
                .update();
    }

    /** The language the account's holder reads: pages, messages and email come in it. */
    void changeLanguage(UUID id, Language language) {
        recent.forget(id);
        jdbc.sql("UPDATE identity_account SET language = :language, updated_at = :now WHERE id = :id"
                        + " AND language <> :language")
                .param("language", language.tag()).param("now", now()).param("id", id).update();
    }

    void activate(UUID id) {
        recent.forget(id);
        jdbc.sql("UPDATE identity_account SET status = 'ACTIVE', updated_at = :now WHERE id = :id")
                .param("now", now()).param("id", id).update();
    }

    static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private OffsetDateTime now() {
        return utc(clock.instant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** The columns {@link #account} reads, of the table aliased {@code alias} in a join. */
    static String columns(String alias) {
        return Arrays.stream(COLUMNS.split(", ")).map(c -> alias + "." + c).collect(Collectors.joining(", "));
    }

    static Account account(ResultSet rs, int row) throws SQLException {
        String iin = rs.getString("iin");
        return new Account(rs.getObject("id", UUID.class), rs.getString("username"),
                Account.Kind.valueOf(rs.getString("kind")), iin == null ? null : new Iin(iin),
                rs.getString("password_hash"), rs.getString("phone"), rs.getString("email"),
                Account.Status.valueOf(rs.getString("status")), Language.ofTag(rs.getString("language")),
                rs.getBoolean("demo"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
