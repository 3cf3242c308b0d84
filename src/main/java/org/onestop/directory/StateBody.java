package org.onestop.directory;

import org.onestop.kernel.LocalizedText;

/**
 * A ministry, committee, agency, territorial department or akimat. {@code parentCode} is the
 * body it answers to ({@code null} for the top); {@code regionCode} the region it serves
 * ({@code null} for bodies with national reach).
 */
public record StateBody(String code, Kind kind, Level level, String parentCode, String regionCode,
        LocalizedText name) {

    public enum Kind { MINISTRY, COMMITTEE, AGENCY, AKIMAT, DEPARTMENT, STATE_CORPORATION }

    /** Central government, a central body's territorial department, or local executive body. */
    public enum Level { CENTRAL, TERRITORIAL, LOCAL }
}
