package org.onestop.directory;

import java.util.Set;
import org.onestop.kernel.Iin;
import org.onestop.kernel.LocalizedText;

/**
 * A civil servant (or centre employee) with a place in a body and, for operators, at a centre.
 * {@code category} is the civil service category of the post (such as {@code C-O-5}); it is
 * {@code null} for staff who are not civil servants, such as the State Corporation's operators.
 */
public record CivilServant(Iin iin, String lastName, String firstName, String middleName, String bodyCode,
        String centreCode, LocalizedText position, String category, Set<StaffRole> roles) {

    public CivilServant {
        roles = Set.copyOf(roles);
    }

    /** "Lastname Firstname Middlename", as names are written in Kazakh and Russian documents. */
    public String fullName() {
        return middleName == null ? lastName + " " + firstName : lastName + " " + firstName + " " + middleName;
    }
}
