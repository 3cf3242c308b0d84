package org.onestop.integrity;

import java.util.List;
import org.onestop.kernel.Iin;

/**
 * Who opened a person's data. The law lets a person learn which body and position accessed their
 * data; {@link #about} tells them that and no names. Auditors read {@link #byAccessor}, which
 * names the account. Pages count from 0 and hold 1 to 500 records.
 */
public interface PersonalDataAccessLog {

    /**
     * Records, in the caller's transaction, that staff opened a person's data, and appends the
     * audit entry {@code personal-data.viewed} to the stream {@code person:<IIN>}. Fails with
     * {@link org.springframework.transaction.IllegalTransactionStateException} without a transaction.
     */
    void record(DataAccess access);

    /** What was recorded about this person, newest first, one page; {@code accessorName} is {@code null}. */
    List<DataAccessRecord> about(Iin subject, int page, int size);

    /** For auditors: whose data this account opened, newest first, one page, with the accessor's name. */
    List<DataAccessRecord> byAccessor(String actorId, int page, int size);
}
