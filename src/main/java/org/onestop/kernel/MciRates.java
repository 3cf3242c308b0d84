package org.onestop.kernel;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The monthly calculation index by date, read from data ({@code kernel/mci.yml}): each entry
 * says from which day a value applies, as the annual budget law sets it (and, rarely, a mid-year
 * amendment changes it).
 */
public final class MciRates {

    private static final String BUNDLED = "/kernel/mci.yml";

    record Entry(LocalDate from, long tenge, String source) {
    }

    record File(List<Entry> rates) {
    }

    private final NavigableMap<LocalDate, Kzt> byStart = new TreeMap<>();

    private MciRates(List<Entry> entries, String name) {
        if (entries == null || entries.isEmpty()) {
            throw new ReferenceDataException(name, "lists no rates");
        }
        for (Entry entry : entries) {
            if (entry.from() == null || entry.tenge() <= 0) {
                throw new ReferenceDataException(name, "a rate needs a start date and a positive value: " + entry);
            }
            if (byStart.put(entry.from(), Kzt.ofTenge(entry.tenge())) != null) {
                throw new ReferenceDataException(name, "two MCI rates start on " + entry.from());
            }
        }
    }

    /** The rates bundled with OneStop. */
    public static MciRates kazakhstan() {
        return Bundled.RATES;
    }

    /** Reads rates from a YAML file of the bundled file's shape. */
    public static MciRates load(InputStream yaml, String name) {
        return new MciRates(DataFile.read(yaml, File.class, name).rates(), name);
    }

    /** The value of one MCI on {@code date}. */
    public Kzt valueOn(LocalDate date) {
        var entry = byStart.floorEntry(date);
        if (entry == null) {
            throw DomainException.invalid("mci.unknown-date",
                    "no MCI value is known for " + date + "; the first is for " + byStart.firstKey(),
                    date, byStart.firstKey());
        }
        return entry.getValue();
    }

    private static final class Bundled {
        static final MciRates RATES = new MciRates(DataFile.readResource(BUNDLED, File.class).rates(), BUNDLED);
    }
}
