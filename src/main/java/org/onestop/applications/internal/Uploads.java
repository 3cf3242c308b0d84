package org.onestop.applications.internal;

import java.io.InputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.tika.Tika;
import org.onestop.integrity.AuditJournal;
import org.onestop.integrity.AuditRecord;
import org.onestop.kernel.Actor;
import org.onestop.kernel.DomainException;
import org.onestop.kernel.SqlBundle;
import org.onestop.kernel.SqlBundles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Documents uploaded by applicants, operators and agency systems before they file (or while they
 * answer a request for information). An upload belongs to the account that sent it until it is
 * attached to an application, which it then belongs to for good; one left unattached past its
 * expiry (or its draft's) is deleted. Its type is told from its bytes, its size and checksum are
 * recorded, and every upload and deletion is in the audit journal.
 */
@Component
class Uploads {

    /** One uploaded document. */
    record Upload(UUID id, String ownerId, String fileName, String mediaType, long size, String sha256,
            Instant uploadedAt, Instant expiresAt, UUID applicationId, String documentCode) {
    }

    private static final Tika TYPES = new Tika();

    private final JdbcClient jdbc;
    private final UploadFiles files;
    private final UploadProperties limits;
    private final AuditJournal journal;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final SqlBundles bundles;

    Uploads(JdbcClient jdbc, UploadFiles files, UploadProperties limits, AuditJournal journal,
            TransactionTemplate transaction, Clock clock, SqlBundles bundles) {
        this.jdbc = jdbc;
        this.files = files;
        this.limits = limits;
        this.journal = journal;
        this.transaction = transaction;
        this.clock = clock;
        this.bundles = bundles;
    }

    /** Keeps an uploaded file for its owner; refuses a file too large, empty or of a type not accepted. */
    Upload store(Actor owner, String fileName, InputStream content) {
        if (owner.kind() != Actor.Kind.PERSON && owner.kind() != Actor.Kind.AGENCY && !owner.hasRole("OPERATOR")) {
            throw DomainException.forbidden("forbidden", "you may not do this");
        }
        Instant now = clock.instant();
        if (pending(owner, now) >= limits.maxPending()) {
            throw new DomainException(DomainException.Kind.TOO_MANY_REQUESTS, "applications.upload.pending",
                    "attach or delete some of your uploads first", String.valueOf(limits.maxPending()));
        }
        String[] type = new String[1];
        UUID id = UUID.randomUUID();
        UploadFiles.Stored stored = files.write(id, content, limits.maxSize().toBytes(),
                head -> type[0] = accepted(head));
        Upload upload = new Upload(id, owner.id(), cleanName(fileName), type[0], stored.size(),
                stored.sha256(), now, now.plus(limits.ttl()), null, null);
        try {
            transaction.executeWithoutResult(status -> insert(upload, owner));
        } catch (RuntimeException e) {
            files.delete(id);
            throw e;
        }
        return upload;
    }

    private void insert(Upload upload, Actor owner) {
        jdbc.sql("INSERT INTO applications_upload (id, owner_id, file_name, media_type, size_bytes, sha256,"
                        + " uploaded_at, expires_at) VALUES (:id, :owner, :name, :type, :size, :sha, :now, :expires)")
                .param("id", upload.id()).param("owner", owner.id()).param("name", upload.fileName())
                .param("type", upload.mediaType()).param("size", upload.size()).param("sha", upload.sha256())
                .param("now", utc(upload.uploadedAt())).param("expires", utc(upload.expiresAt())).update();
        journal.append(new AuditRecord(owner, "upload", upload.id().toString(), "application.document-uploaded",
                null, Map.of("name", upload.fileName(), "type", upload.mediaType(), "size", upload.size(),
                        "sha256", upload.sha256())));
    }

    /** The owner's upload that is not yet attached. */
    Upload own(UUID id, Actor owner) {
        return waiting(id, owner).orElseThrow(() -> DomainException.notFound("applications.upload.unknown",
                "there is no upload " + id + " of yours waiting to be attached", String.valueOf(id)));
    }

    /** The owner's upload given for a document, or a clear refusal naming the document. */
    Upload forDocument(String code, String id, Actor owner) {
        return waiting(parse(id), owner).orElseThrow(() -> unknown(code, id));
    }

    private Optional<Upload> waiting(UUID id, Actor owner) {
        return find(id).filter(u -> u.ownerId().equals(owner.id()) && u.applicationId() == null
                && u.expiresAt().isAfter(clock.instant()));
    }

    /** Deletes the owner's unattached upload and its file. */
    void delete(UUID id, Actor owner) {
        Upload upload = own(id, owner);
        transaction.executeWithoutResult(status -> {
            if (jdbc.sql("DELETE FROM applications_upload WHERE id = :id AND application_id IS NULL")
                    .param("id", id).update() == 0) {
                throw unknown("", id.toString());
            }
            journal.append(new AuditRecord(owner, "upload", id.toString(), "application.document-deleted",
                    Map.of("sha256", upload.sha256()), null));
        });
        files.delete(id);
    }

    /** The owner's unattached uploads given by document code; refuses any not theirs, attached or expired. */
    Map<String, Upload> forDocuments(Map<String, String> idsByCode, Actor owner) {
        Map<String, Upload> found = new LinkedHashMap<>();
        idsByCode.forEach((code, id) -> found.put(code, forDocument(code, id, owner)));
        if (found.values().stream().map(Upload::id).distinct().count() < found.size()) {
            throw DomainException.invalid("applications.document.repeated", "one upload stands for one document");
        }
        return found;
    }

    /**
     * Attaches, in the caller's transaction, the owner's uploads to an application under the
     * standard's document codes; fails (rolling the caller back) if any was taken meanwhile.
     */
    void attach(UUID applicationId, Map<String, Upload> byCode, Actor owner) {
        SqlBundle writes = bundles.start();
        attach(applicationId, byCode, owner, writes);
        writes.execute();
    }

    /** As {@link #attach(UUID, Map, Actor)}, the attachments added to {@code writes}. */
    void attach(UUID applicationId, Map<String, Upload> byCode, Actor owner, SqlBundle writes) {
        Instant now = clock.instant();
        byCode.forEach((code, upload) -> writes.add("UPDATE applications_upload SET application_id = :application,"
                        + " document_code = :code, attached_at = :now, expires_at = NULL WHERE id = :id"
                        + " AND owner_id = :owner AND application_id IS NULL")
                .param("application", applicationId).param("code", code).param("now", utc(now))
                .param("id", upload.id()).param("owner", owner.id())
                .onNoRows(() -> unknown(code, upload.id().toString())));
    }

    /** Keeps the owner's unattached uploads until {@code until} (their draft's expiry). */
    void keepUntil(Collection<UUID> ids, Actor owner, Instant until) {
        for (UUID id : ids) {
            jdbc.sql("UPDATE applications_upload SET expires_at = :until WHERE id = :id AND owner_id = :owner"
                            + " AND application_id IS NULL AND expires_at < :until")
                    .param("until", utc(until)).param("id", id).param("owner", owner.id()).update();
        }
    }

    /** Document code to SHA-256, for the audit entry, so the journal's hash chain vouches for the files. */
    static Map<String, String> checksums(Map<String, Upload> documents) {
        Map<String, String> checksums = new java.util.TreeMap<>();
        documents.forEach((code, upload) -> checksums.put(code, upload.sha256()));
        return checksums;
    }

    /** The documents attached to an application, in the order they were attached. */
    List<Upload> of(UUID applicationId) {
        return jdbc.sql("SELECT * FROM applications_upload WHERE application_id = :id ORDER BY attached_at, id")
                .param("id", applicationId).query(Uploads::upload).list();
    }

    Optional<Upload> find(UUID id) {
        return jdbc.sql("SELECT * FROM applications_upload WHERE id = :id").param("id", id).query(Uploads::upload)
                .optional();
    }

    /** The bytes of an upload, checked against its checksum. */
    byte[] content(Upload upload) {
        return files.read(upload.id(), upload.sha256());
    }

    private int pending(Actor owner, Instant now) {
        return jdbc.sql("SELECT COUNT(*) FROM applications_upload WHERE owner_id = :owner AND application_id IS NULL"
                        + " AND expires_at > :now")
                .param("owner", owner.id()).param("now", utc(now)).query(Integer.class).single();
    }

    private String accepted(byte[] head) {
        String type = TYPES.detect(head);
        if (!limits.types().contains(type)) {
            throw DomainException.invalid("applications.upload.type", "send a PDF, JPEG or PNG file",
                    String.join(", ", limits.types()));
        }
        return type;
    }

    static String cleanName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|*?:]", "").strip();
        if (base.isEmpty()) {
            return "document";
        }
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    static UUID parse(String id) {
        try {
            return UUID.fromString(id == null ? "" : id.strip());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("applications.upload.id", "an upload id is a UUID", String.valueOf(id));
        }
    }

    static Upload upload(ResultSet rs, int row) throws SQLException {
        OffsetDateTime expires = rs.getObject("expires_at", OffsetDateTime.class);
        return new Upload(rs.getObject("id", UUID.class), rs.getString("owner_id"), rs.getString("file_name"),
                rs.getString("media_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
                rs.getObject("uploaded_at", OffsetDateTime.class).toInstant(),
                expires == null ? null : expires.toInstant(), rs.getObject("application_id", UUID.class),
                rs.getString("document_code"));
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static DomainException unknown(String code, String id) {
        return DomainException.invalid("applications.document.upload", "the upload " + id + " given for " + code
                + " is not one of yours waiting to be attached: upload the file again", code, id);
    }
}
