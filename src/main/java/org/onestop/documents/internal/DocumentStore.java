package org.onestop.documents.internal;

import static org.onestop.documents.internal.SigningKeyStore.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.onestop.kernel.Iin;
import org.onestop.kernel.Language;
import org.onestop.kernel.ReferenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Result documents in {@code documents_document}. */
@Repository
class DocumentStore {

    private final JdbcClient jdbc;

    DocumentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ResultDocument d) {
        jdbc.sql("""
                INSERT INTO documents_document (id, number, issued_for, application_reference, type, service_code,
                       standard_version_id, body_code, centre_code, holder_iin, holder_name, holder_masked, language,
                       ground, issued_at, kid, token)
                VALUES (:id, :number, :for, :application, :type, :service, :version, :body, :centre, :iin, :name,
                       :masked, :language, :ground, :at, :kid, :token)""")
                .param("id", d.id()).param("number", d.number().value()).param("for", d.issuedFor())
                .param("application", d.application().value()).param("type", d.type())
                .param("service", d.serviceCode()).param("version", d.standardVersionId())
                .param("body", d.bodyCode()).param("centre", d.centreCode()).param("iin", d.holder().value())
                .param("name", d.holderName()).param("masked", d.holderMasked()).param("language", d.language().tag())
                .param("ground", d.ground()).param("at", utc(d.issuedAt())).param("kid", d.kid())
                .param("token", d.token()).update();
    }

    boolean issuedFor(String issuedFor) {
        return jdbc.sql("SELECT COUNT(*) FROM documents_document WHERE issued_for = :f").param("f", issuedFor)
                .query(Long.class).single() > 0;
    }

    Optional<ResultDocument> byId(UUID id) {
        return jdbc.sql("SELECT * FROM documents_document WHERE id = :id").param("id", id)
                .query(DocumentStore::document).optional();
    }

    /** The documents of these applications, newest first. */
    List<ResultDocument> ofApplications(Collection<String> references) {
        if (references.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM documents_document WHERE application_reference IN (:r)"
                        + " ORDER BY issued_at DESC, number").param("r", references)
                .query(DocumentStore::document).list();
    }

    /** Marks the application's other current documents superseded by {@code by}; their ids. */
    List<UUID> supersedeOthers(ReferenceNumber application, UUID by) {
        List<UUID> ids = jdbc.sql("""
                SELECT id FROM documents_document WHERE application_reference = :r AND id <> :by
                   AND superseded_by IS NULL AND revoked_at IS NULL ORDER BY id FOR UPDATE""")
                .param("r", application.value()).param("by", by).query(UUID.class).list();
        if (!ids.isEmpty()) {
            jdbc.sql("UPDATE documents_document SET superseded_by = :by WHERE id IN (:ids)")
                    .param("by", by).param("ids", ids).update();
        }
        return ids;
    }

    /** False if someone revoked it meanwhile. */
    boolean revoke(UUID id, Instant at, String by, String reason) {
        return jdbc.sql("""
                UPDATE documents_document SET revoked_at = :at, revoked_by = :by, revocation_reason = :reason
                 WHERE id = :id AND revoked_at IS NULL""")
                .param("id", id).param("at", utc(at)).param("by", by).param("reason", reason).update() == 1;
    }

    void countVerification(UUID id, Instant at) {
        jdbc.sql("UPDATE documents_document SET verifications = verifications + 1, last_verified_at = :at WHERE id = :id")
                .param("id", id).param("at", utc(at)).update();
    }

    private static ResultDocument document(ResultSet rs, int row) throws SQLException {
        long version = rs.getLong("standard_version_id");
        int ground = rs.getInt("ground");
        Integer groundOrNull = rs.wasNull() ? null : ground;
        return new ResultDocument(rs.getObject("id", UUID.class), new ReferenceNumber(rs.getString("number")),
                rs.getString("issued_for"), new ReferenceNumber(rs.getString("application_reference")),
                rs.getString("type"), rs.getString("service_code"), version == 0 ? null : version,
                rs.getString("body_code"), rs.getString("centre_code"), new Iin(rs.getString("holder_iin")),
                rs.getString("holder_name"), rs.getString("holder_masked"), Language.ofTag(rs.getString("language")),
                groundOrNull, instant(rs, "issued_at"), rs.getString("kid"), rs.getString("token"),
                instant(rs, "revoked_at"), rs.getString("revoked_by"), rs.getString("revocation_reason"),
                rs.getObject("superseded_by", UUID.class), rs.getLong("verifications"), instant(rs, "last_verified_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
