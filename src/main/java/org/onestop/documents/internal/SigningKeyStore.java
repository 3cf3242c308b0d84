package org.onestop.documents.internal;

import com.nimbusds.jose.jwk.ECKey;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.ParseException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The bodies' signing keys in {@code documents_signing_key}, and the lock row per body. */
@Repository
class SigningKeyStore {

    private static final String COLUMNS = "kid, body_code, public_jwk, created_at, retired_at, expires_at";

    private final JdbcClient jdbc;

    SigningKeyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the body's row (making it first), so that one transaction at a time creates or rotates its key. */
    void lockBody(String bodyCode) {
        jdbc.sql("INSERT INTO documents_signing_body (body_code) VALUES (:b) ON CONFLICT DO NOTHING")
                .param("b", bodyCode).update();
        jdbc.sql("SELECT body_code FROM documents_signing_body WHERE body_code = :b FOR UPDATE")
                .param("b", bodyCode).query(String.class).single();
    }

    /** The newest key of the body that is neither retired nor expired at {@code now}. */
    Optional<SigningKey> current(String bodyCode, Instant now) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM documents_signing_key WHERE body_code = :b AND retired_at IS NULL"
                        + " AND (expires_at IS NULL OR expires_at > :now) ORDER BY created_at DESC, kid FETCH FIRST 1 ROWS ONLY")
                .param("b", bodyCode).param("now", utc(now)).query(SigningKeyStore::key).optional();
    }

    Optional<SigningKey> byKid(String kid) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM documents_signing_key WHERE kid = :kid")
                .param("kid", kid).query(SigningKeyStore::key).optional();
    }

    String sealedPrivateKey(String kid) {
        return jdbc.sql("SELECT private_key_sealed FROM documents_signing_key WHERE kid = :kid")
                .param("kid", kid).query(String.class).single();
    }

    List<SigningKey> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM documents_signing_key ORDER BY body_code, created_at, kid")
                .query(SigningKeyStore::key).list();
    }

    void insert(SigningKey key, String algorithm, String sealedPrivateKey) {
        jdbc.sql("""
                INSERT INTO documents_signing_key (kid, body_code, algorithm, public_jwk, private_key_sealed, created_at)
                VALUES (:kid, :body, :alg, :jwk, :sealed, :at)""")
                .param("kid", key.kid()).param("body", key.bodyCode()).param("alg", algorithm)
                .param("jwk", key.publicKey().toJSONString()).param("sealed", sealedPrivateKey)
                .param("at", utc(key.createdAt())).update();
    }

    void retire(String kid, Instant at, Instant expiresAt) {
        jdbc.sql("UPDATE documents_signing_key SET retired_at = :at, expires_at = :exp WHERE kid = :kid")
                .param("kid", kid).param("at", utc(at)).param("exp", expiresAt == null ? null : utc(expiresAt))
                .update();
    }

    private static SigningKey key(ResultSet rs, int row) throws SQLException {
        try {
            return new SigningKey(rs.getString("kid"), rs.getString("body_code"), ECKey.parse(rs.getString("public_jwk")),
                    instant(rs, "created_at"), instant(rs, "retired_at"), instant(rs, "expires_at"));
        } catch (ParseException e) {
            throw new SQLException("stored public key " + rs.getString("kid") + " is not a JWK", e);
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
