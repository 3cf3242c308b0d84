package org.onestop.directory.internal;

import java.util.List;
import org.onestop.directory.Region;
import org.onestop.directory.StateBody;
import org.onestop.kernel.LocalizedText;

/**
 * The shape of a directory data file. A file may hold any of the four lists; the shipped files
 * hold one each, and an installation may add a file of its own (its civil servants, say).
 */
record DirectoryFile(String version, List<RegionEntry> regions, List<BodyEntry> bodies,
        List<CentreEntry> centres, List<ServantEntry> servants) {

    DirectoryFile {
        regions = regions == null ? List.of() : regions;
        bodies = bodies == null ? List.of() : bodies;
        centres = centres == null ? List.of() : centres;
        servants = servants == null ? List.of() : servants;
    }

    record RegionEntry(String code, Region.Kind kind, LocalizedText name, LocalizedText seat) {
    }

    record BodyEntry(String code, StateBody.Kind kind, StateBody.Level level, String parent, String region,
            LocalizedText name) {
    }

    record CentreEntry(String code, String region, LocalizedText name, LocalizedText address, String phone,
            List<HoursEntry> hours) {
    }

    record HoursEntry(List<String> days, String opens, String closes) {
    }

    record ServantEntry(String iin, String lastName, String firstName, String middleName, String body,
            String centre, LocalizedText position, String category, List<String> roles) {
    }
}
