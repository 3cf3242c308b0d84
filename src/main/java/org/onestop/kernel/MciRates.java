package org.onestop.kernel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.dataformat.yaml.YAMLMapper;

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

    private MciRates(List<Entry> entries) {
        if (entries == null || entries.isEmpty()) {
            throw new IllegalArgumentException("the MCI file lists no rates");
        }
        for (Entry entry : entries) {
            if (entry.from() == null || entry.tenge() <= 0) {
                throw new IllegalArgumentException("an MCI rate needs a start date and a positive value: " + entry);
            }
            if (byStart.put(entry.from(), Kzt.ofTenge(entry.tenge())) != null) {
                throw new IllegalArgumentException("two MCI rates start on " + entry.from());
            }
        }
    }

    /** The rates bundled with OneStop. */
    public static MciRates kazakhstan() {
        return Bundled.RATES;
    }

    /** Reads rates from a YAML file of the bundled file's shape. */
    public static MciRates load(InputStream yaml) {
        try {
            File file = YAMLMapper.builder().build().readValue(yaml, File.class);
            return new MciRates(file == null ? List.of() : file.rates());
        } catch (JacksonException e) {
            throw new IllegalArgumentException("the MCI file is malformed: " + e.getOriginalMessage(), e);
        }
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

    /** The years covered, first to last start date. */
    public List<LocalDate> startDates() {
        return byStart.keySet().stream().sorted(Comparator.naturalOrder()).toList();
    }

    private static final class Bundled {
        static final MciRates RATES = read();

        private static MciRates read() {
            try (InputStream in = MciRates.class.getResourceAsStream(BUNDLED)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled MCI file " + BUNDLED + " is missing");
                }
                return load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
