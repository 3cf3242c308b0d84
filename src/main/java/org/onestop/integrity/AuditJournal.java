package org.onestop.integrity;

import java.util.List;
import org.onestop.kernel.SqlBundle;

/**
 * The audit journal: an append-only record of who did what to which object, with the object's
 * state before and after. Entries about one object form a stream, chained by hashes, so that
 * {@link #verify()} finds any entry that was changed, deleted or moved.
 *
 * <p>Appends to the same stream wait for each other; appends to different streams do not. A
 * transaction that appends to several streams should append to them in a stable order (for
 * example, the application before the applicant) so that two such transactions cannot deadlock.
 */
public interface AuditJournal {

    /**
     * Appends one entry in the caller's transaction, which must exist: without one this fails
     * with {@link org.springframework.transaction.IllegalTransactionStateException}, so that no
     * change is recorded apart from the change itself.
     */
    AuditEntry append(AuditRecord record);

    /**
     * Appends the first entry about an object just made, whose stream is new: as {@link #append},
     * one statement fewer when the stream is indeed new, the same result when it is not.
     */
    AuditEntry appendFirst(AuditRecord record);

    /**
     * Adds the first entry about an object made in {@code writes} to them: it is stored when they
     * run, in the caller's transaction, which must exist. The object must be new, so that its
     * stream cannot exist yet; if it does, {@code writes} fail with
     * {@link org.springframework.dao.DuplicateKeyException} and the transaction must roll back.
     */
    void appendFirst(AuditRecord record, SqlBundle writes);

    /** Walks the whole journal in id order and reports the first broken entry, if any. */
    AuditVerification verify();

    /** Entries matching the query, newest first, one page. */
    List<AuditEntry> find(AuditQuery query);
}
