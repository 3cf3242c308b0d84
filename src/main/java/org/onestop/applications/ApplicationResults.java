package org.onestop.applications;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.onestop.kernel.Actor;
import org.onestop.kernel.Language;
import org.onestop.kernel.ReferenceNumber;

/**
 * The papers a decision produced, as the module that issues them keeps them: the applicant's page
 * and the centre desk list them without the applications module depending on that module (it
 * implements this). Without an implementation the pages list none.
 */
public interface ApplicationResults {

    /**
     * One paper: its number, its title and status in the reader's language, where to download it,
     * and how often it has been verified.
     */
    record Result(String number, String title, String status, String href, long verifications, Instant issuedAt) {
    }

    /** The papers of these applications that the actor may see, keyed by the plain reference value. */
    Map<String, List<Result>> of(Collection<ReferenceNumber> references, Actor actor, Language language);
}
