package org.onestop.integrity;

import java.util.Objects;
import org.onestop.kernel.Actor;
import org.onestop.kernel.DomainException;
import org.onestop.kernel.Iin;
import org.onestop.kernel.LocalizedText;

/**
 * Staff opened a person's data: {@code accessor}, holding {@code accessorPosition}, opened
 * {@code what} (such as {@code profile} or {@code application 7KQ2-M9XP-4RH}) of {@code subject}
 * for {@code purpose}. The purpose is what the person will read, so it is required: without one,
 * or with more than {@value #PURPOSE_MAX_LENGTH} characters, the access is refused with a
 * {@link DomainException} ({@code integrity.purpose.missing}, {@code integrity.purpose.too-long}).
 */
public record DataAccess(Iin subject, Actor accessor, LocalizedText accessorPosition, String purpose, String what) {

    public static final int PURPOSE_MAX_LENGTH = 500;

    public DataAccess {
        Objects.requireNonNull(subject, "whose data was opened is required");
        Objects.requireNonNull(accessor, "who opened the data is required");
        Objects.requireNonNull(accessorPosition, "the accessor's position is required");
        if (purpose == null || purpose.isBlank()) {
            throw DomainException.invalid("integrity.purpose.missing",
                    "say why the person's data is opened: the purpose is required");
        }
        purpose = purpose.strip();
        if (purpose.length() > PURPOSE_MAX_LENGTH) {
            throw DomainException.invalid("integrity.purpose.too-long", "the purpose has at most "
                    + PURPOSE_MAX_LENGTH + " characters, not " + purpose.length(),
                    PURPOSE_MAX_LENGTH, purpose.length());
        }
        if (what == null || what.isBlank() || what.length() > 200) {
            throw new IllegalArgumentException("what was opened is required, in at most 200 characters: " + what);
        }
        what = what.strip();
    }
}
