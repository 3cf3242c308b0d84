package org.onestop.integrity;

import java.time.Instant;
import org.onestop.kernel.LocalizedText;

/**
 * One recorded access to a person's data. {@code accessorName} (the account's username) is
 * {@code null} in what the person reads and filled in what auditors read.
 */
public record DataAccessRecord(long id, Instant at, String accessorBodyCode, LocalizedText accessorPosition,
        String accessorName, String purpose, String what) {
}
