package org.onestop.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onestop.DatabaseTest;
import org.onestop.SettableClock;
import org.onestop.kernel.Actor;
import org.onestop.identity.StaffAccounts;
import org.onestop.kernel.Iin;
import org.onestop.kernel.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A node answers a token it checked lately without reading it again, for
 * {@code onestop.identity.token-cache} (5 s) at most: a token revoked by another node stops
 * working here within that time, one revoked here at once, an expired one never works. Played with
 * a {@link Tokens} of its own on a clock the test moves; another node's revocation is the row
 * changed behind this one's back. The account the check read answers for its holder as long.
 */
@DatabaseTest
class TokenCacheTest {

    private static final Duration CACHE = Duration.ofSeconds(5);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Actors actors;

    @Autowired
    AccountStore accounts;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    IdentityProperties properties;

    SettableClock clock;
    Tokens tokens;
    AccountStore store;
    StaffAccounts staff;
    Actor person;

    @BeforeEach
    void node() {
        clock = new SettableClock(Instant.now());
        IdentityProperties cached = new IdentityProperties(properties.accessTokenTtl(),
                properties.agencyTokenMaxValidity(), properties.codeTtl(), properties.loginFailures(),
                properties.lockout(), properties.loginsPerAddress(), properties.registrationsPerAddress(),
                properties.oidcIinClaim(), properties.secureCookies(), CACHE);
        RecentAccounts recent = new RecentAccounts(cached, clock);
        tokens = new Tokens(jdbc, clock, actors, cached, recent);
        store = new AccountStore(jdbc, clock, recent);
        staff = new JdbcStaffAccounts(store, recent);
        person = actors.of(accounts.byIin(Iin.parse(testAccounts.activePerson())).orElseThrow()).orElseThrow();
    }

    @Test
    void aTokenRevokedOnAnotherNodeStopsWorkingHereWithinTheCacheTime() {
        String token = tokens.issueAccess(person, Duration.ofMinutes(15)).token();
        assertThat(tokens.resolve(token)).contains(person);

        revokedElsewhere(token);
        clock.advance(CACHE.minusSeconds(1));
        assertThat(tokens.resolve(token)).as("checked 4 s ago").contains(person);

        clock.advance(Duration.ofSeconds(1));
        assertThat(tokens.resolve(token)).isEmpty();
    }

    @Test
    void aTokenRevokedOnThisNodeStopsWorkingAtOnce() {
        String token = tokens.issueAccess(person, Duration.ofMinutes(15)).token();
        assertThat(tokens.resolve(token)).contains(person);

        assertThat(tokens.revokePresented(token)).isPresent();

        assertThat(tokens.resolve(token)).isEmpty();
    }

    @Test
    void anAgencyTokenRevokedOnThisNodeStopsWorkingAtOnce() {
        Tokens.Issued issued = tokens.issueAgency("DSR-KZ-71", "cache test", Duration.ofDays(30), person);
        assertThat(tokens.resolve(issued.token())).hasValueSatisfying(agency ->
                assertThat(agency.id()).isEqualTo("token:" + issued.id()));

        assertThat(tokens.revokeAgency(issued.id())).isTrue();

        assertThat(tokens.resolve(issued.token())).isEmpty();
    }

    @Test
    void aTokenThatExpiresWhileRememberedIsRefusedFromItsExpiry() {
        String token = tokens.issueAccess(person, Duration.ofSeconds(2)).token();
        assertThat(tokens.resolve(token)).contains(person);

        clock.advance(Duration.ofSeconds(2));

        assertThat(tokens.resolve(token)).isEmpty();
    }

    @Test
    void aTokenIsReadAgainOnceTheCacheTimeHasPassedAndStillWorks() {
        String token = tokens.issueAccess(person, Duration.ofMinutes(15)).token();
        assertThat(tokens.resolve(token)).contains(person);

        clock.advance(CACHE.plusSeconds(1));

        assertThat(tokens.resolve(token)).contains(person);
        assertThat(tokens.resolve("osa_" + UUID.randomUUID())).isEmpty();
    }

    @Test
    void theAccountATokenCheckReadAnswersForItsHolderWithoutASecondReadForTheCacheTime() {
        email("first@example.kz");
        String token = tokens.issueAccess(person, Duration.ofMinutes(15)).token();
        assertThat(tokens.resolve(token)).contains(person);

        email("second@example.kz");
        assertThat(staff.byId(person.id())).map(StaffAccounts.Account::email).as("as the token's check read it")
                .contains("first@example.kz");

        clock.advance(CACHE);
        assertThat(staff.byId(person.id())).map(StaffAccounts.Account::email).contains("second@example.kz");
    }

    @Test
    void anAccountChangedOnThisNodeIsReadAgainAtOnce() {
        String token = tokens.issueAccess(person, Duration.ofMinutes(15)).token();
        assertThat(tokens.resolve(token)).contains(person);
        assertThat(staff.byId(person.id())).map(StaffAccounts.Account::language).contains(Language.EN);

        store.changeLanguage(UUID.fromString(person.id()), Language.RU);

        assertThat(staff.byId(person.id())).map(StaffAccounts.Account::language).contains(Language.RU);
    }

    private void email(String address) {
        jdbc.sql("UPDATE identity_account SET email = :email WHERE id = :id").param("email", address)
                .param("id", UUID.fromString(person.id())).update();
    }

    private void revokedElsewhere(String token) {
        assertThat(jdbc.sql("UPDATE identity_token SET revoked_at = :at WHERE token_hash = :hash")
                .param("at", clock.instant().atOffset(ZoneOffset.UTC)).param("hash", Tokens.hash(token)).update())
                .isOne();
    }
}
