package org.onestop.identity.internal;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.onestop.kernel.Actor;
import org.onestop.kernel.Sha256;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Bearer tokens. An access token ({@code osa_…}) stands for a person's account for a short time;
 * an agency token ({@code osk_…}) stands for one state body's system until it expires or is
 * revoked. Only a SHA-256 hash of a token is stored: the token itself is shown once, when issued.
 */
@Component
class Tokens {

    enum Kind { ACCESS, AGENCY }

    /** A token as issued: the secret is in {@code token} and nowhere else. */
    record Issued(UUID id, String token, Instant expiresAt) {
    }

    /** What is known about an agency token, never the token itself. */
    record AgencyToken(UUID id, String name, String bodyCode, String createdBy, Instant createdAt, Instant expiresAt,
            Instant revokedAt) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A genuine token checked lately: whom it stands for, and until when. */
    private record Checked(UUID id, Actor actor, Instant expiresAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Actors actors;
    /** Tokens checked lately, by hash; only genuine ones, so guessing fills nothing. */
    private final Recently<String, Checked> checked;
    private final RecentAccounts accounts;

    Tokens(JdbcClient jdbc, Clock clock, Actors actors, IdentityProperties properties, RecentAccounts accounts) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.actors = actors;
        this.checked = new Recently<>(properties.tokenCache(), clock);
        this.accounts = accounts;
    }

    Issued issueAccess(Actor actor, Duration ttl) {
        return issue("osa_", Kind.ACCESS, UUID.fromString(actor.id()), null, "access", actor.username(), ttl);
    }

    Issued issueAgency(String bodyCode, String name, Duration validity, Actor createdBy) {
        return issue("osk_", Kind.AGENCY, null, bodyCode, name, createdBy.username(), validity);
    }

    /**
     * The actor a presented token stands for, if it is genuine, current and not revoked. A token
     * checked on this node within {@code onestop.identity.token-cache} is not read again.
     */
    Optional<Actor> resolve(String token) {
        if (token == null || !(token.startsWith("osa_") || token.startsWith("osk_"))) {
            return Optional.empty();
        }
        String hash = hash(token);
        Instant now = clock.instant();
        Optional<Checked> lately = checked.get(hash).filter(known -> known.expiresAt().isAfter(now));
        if (lately.isPresent()) {
            return lately.map(Checked::actor);
        }
        record Row(UUID id, Kind kind, String bodyCode, String name, Instant expiresAt, Account account) {
        }
        // The token and its account in one read: every API request not answered above starts here.
        Optional<Row> row = jdbc.sql("SELECT t.id AS token_id, t.kind AS token_kind, t.body_code AS token_body,"
                        + " t.name AS token_name, t.expires_at AS token_expires, " + AccountStore.columns("a")
                        + " FROM identity_token t LEFT JOIN identity_account a ON a.id = t.account_id"
                        + " WHERE t.token_hash = :hash AND t.revoked_at IS NULL AND t.expires_at > :now")
                .param("hash", hash).param("now", now.atOffset(ZoneOffset.UTC))
                .query((rs, n) -> new Row(rs.getObject("token_id", UUID.class), Kind.valueOf(rs.getString("token_kind")),
                        rs.getString("token_body"), rs.getString("token_name"),
                        rs.getObject("token_expires", OffsetDateTime.class).toInstant(),
                        rs.getObject("id") == null ? null : AccountStore.account(rs, n)))
                .optional();
        row.map(Row::account).ifPresent(accounts::remember);
        Optional<Checked> found = row.flatMap(genuine -> (genuine.kind() == Kind.AGENCY
                        ? Optional.of(new Actor(Actor.Kind.AGENCY, "token:" + genuine.id(), genuine.name(),
                                Set.of("AGENCY"), null, genuine.bodyCode(), null))
                        : Optional.ofNullable(genuine.account()).filter(Account::isActive).flatMap(actors::of))
                .map(actor -> new Checked(genuine.id(), actor, genuine.expiresAt())));
        found.ifPresent(genuine -> checked.put(hash, genuine));
        return found.map(Checked::actor);
    }

    /** Revokes the token presented (logging out of the API); its id if it was live. */
    Optional<UUID> revokePresented(String token) {
        Optional<UUID> id = jdbc.sql("SELECT id FROM identity_token WHERE token_hash = :hash AND revoked_at IS NULL")
                .param("hash", hash(token)).query(UUID.class).optional();
        id.ifPresent(live -> jdbc.sql("UPDATE identity_token SET revoked_at = :now WHERE id = :id")
                .param("now", now()).param("id", live).update());
        checked.forget(hash(token));
        return id;
    }

    /** Revokes an agency token; true if it was live. */
    boolean revokeAgency(UUID id) {
        checked.forgetIf(token -> token.id().equals(id));
        return jdbc.sql("UPDATE identity_token SET revoked_at = :now WHERE id = :id AND kind = 'AGENCY'"
                        + " AND revoked_at IS NULL")
                .param("now", now()).param("id", id).update() == 1;
    }

    Optional<AgencyToken> agencyToken(UUID id) {
        return jdbc.sql("SELECT id, name, body_code, created_by, created_at, expires_at, revoked_at FROM identity_token"
                        + " WHERE id = :id AND kind = 'AGENCY'")
                .param("id", id).query(Tokens::agencyToken).optional();
    }

    /** Agency tokens of these bodies (empty: of every body), newest first. */
    List<AgencyToken> agencyTokens(Optional<Set<String>> bodies) {
        String select = "SELECT id, name, body_code, created_by, created_at, expires_at, revoked_at FROM identity_token"
                + " WHERE kind = 'AGENCY'";
        String order = " ORDER BY created_at DESC, id";
        if (bodies.isEmpty()) {
            return jdbc.sql(select + order).query(Tokens::agencyToken).list();
        }
        if (bodies.get().isEmpty()) {
            return List.of();
        }
        return jdbc.sql(select + " AND body_code IN (:bodies)" + order)
                .param("bodies", List.copyOf(bodies.get())).query(Tokens::agencyToken).list();
    }

    private Issued issue(String prefix, Kind kind, UUID accountId, String bodyCode, String name, String createdBy,
            Duration ttl) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        UUID id = UUID.randomUUID();
        Instant expires = clock.instant().plus(ttl);
        jdbc.sql("INSERT INTO identity_token (id, token_hash, kind, account_id, body_code, name, created_by,"
                        + " created_at, expires_at) VALUES (:id, :hash, :kind, :account, :body, :name, :by, :now, :expires)")
                .param("id", id).param("hash", hash(token)).param("kind", kind.name()).param("account", accountId)
                .param("body", bodyCode).param("name", name).param("by", createdBy).param("now", now())
                .param("expires", expires.atOffset(ZoneOffset.UTC))
                .update();
        return new Issued(id, token, expires);
    }

    static String hash(String token) {
        return Sha256.hex(token);
    }


    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private static AgencyToken agencyToken(ResultSet rs, int row) throws SQLException {
        OffsetDateTime revoked = rs.getObject("revoked_at", OffsetDateTime.class);
        return new AgencyToken(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("body_code"),
                rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("expires_at", OffsetDateTime.class).toInstant(),
                revoked == null ? null : revoked.toInstant());
    }
}
