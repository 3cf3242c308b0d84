package org.onestop.directory;

import org.onestop.kernel.LocalizedText;

/**
 * An oblast or a city of republican significance. {@code code} is its ISO 3166-2:KZ code
 * ({@code KZ-71} for Astana), which is also its KATO prefix; {@code seat} is its administrative
 * centre.
 */
public record Region(String code, Kind kind, LocalizedText name, LocalizedText seat) {

    /** Oblast, or city of republican significance (Astana, Almaty, Shymkent). */
    public enum Kind { OBLAST, CITY }
}
