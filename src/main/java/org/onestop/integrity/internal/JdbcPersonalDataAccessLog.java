package org.onestop.integrity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.onestop.integrity.AuditEntry;
import org.onestop.integrity.AuditJournal;
import org.onestop.integrity.AuditRecord;
import org.onestop.integrity.DataAccess;
import org.onestop.integrity.DataAccessRecord;
import org.onestop.integrity.PersonalDataAccessLog;
import org.onestop.kernel.Actor;
import org.onestop.kernel.Iin;
import org.onestop.kernel.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The access log in its table. Each access is also an audit entry in the person's stream, made
 * first, so that the access and its entry share one time and are stored together or not at all.
 */
@Service
class JdbcPersonalDataAccessLog implements PersonalDataAccessLog {

    static final String OBJECT_TYPE = "person";
    static final String ACTION = "personal-data.viewed";

    private static final String COLUMNS =
            "id, at, accessor_body_code, position_kk, position_ru, position_en, accessor_name, purpose, what";

    private final AuditJournal journal;
    private final JdbcClient jdbc;

    JdbcPersonalDataAccessLog(AuditJournal journal, JdbcClient jdbc) {
        this.journal = journal;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(DataAccess access) {
        Actor accessor = access.accessor();
        AuditEntry entry = journal.append(new AuditRecord(accessor, OBJECT_TYPE, access.subject().value(), ACTION,
                null, Map.of("purpose", access.purpose(), "what", access.what())));
        LocalizedText position = access.accessorPosition();
        jdbc.sql("""
                INSERT INTO integrity_data_access (subject_iin, at, accessor_id, accessor_name, accessor_body_code,
                    position_kk, position_ru, position_en, purpose, what, audit_entry_id)
                VALUES (:subject, :at, :accessorId, :accessorName, :bodyCode,
                    :positionKk, :positionRu, :positionEn, :purpose, :what, :entry)
                """)
                .param("subject", access.subject().value()).param("at", AuditEntries.utc(entry.at()))
                .param("accessorId", accessor.id()).param("accessorName", accessor.username())
                .param("bodyCode", accessor.bodyCode()).param("positionKk", position.kk())
                .param("positionRu", position.ru()).param("positionEn", position.en())
                .param("purpose", access.purpose()).param("what", access.what()).param("entry", entry.id())
                .update();
    }

    @Override
    @Transactional(readOnly = true)
    public List<DataAccessRecord> about(Iin subject, int page, int size) {
        Paging.check(page, size);
        return jdbc.sql("SELECT " + COLUMNS + " FROM integrity_data_access WHERE subject_iin = :subject"
                        + " ORDER BY at DESC, id DESC LIMIT :size OFFSET :offset")
                .param("subject", subject.value()).param("size", size).param("offset", Paging.offset(page, size))
                .query((rs, row) -> record(rs, null)).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<DataAccessRecord> byAccessor(String actorId, int page, int size) {
        Paging.check(page, size);
        return jdbc.sql("SELECT " + COLUMNS + " FROM integrity_data_access WHERE accessor_id = :actor"
                        + " ORDER BY at DESC, id DESC LIMIT :size OFFSET :offset")
                .param("actor", actorId).param("size", size).param("offset", Paging.offset(page, size))
                .query((rs, row) -> record(rs, rs.getString("accessor_name"))).list();
    }

    private static DataAccessRecord record(ResultSet rs, String accessorName) throws SQLException {
        return new DataAccessRecord(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class).toInstant(),
                rs.getString("accessor_body_code"),
                new LocalizedText(rs.getString("position_kk"), rs.getString("position_ru"),
                        rs.getString("position_en")),
                accessorName, rs.getString("purpose"), rs.getString("what"));
    }
}
