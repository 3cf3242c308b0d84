package org.onestop.ratings.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onestop.kernel.DataFile;
import org.onestop.kernel.ReferenceDataException;

/**
 * The composite index's method, read from {@code reference/ratings/methodology.yml} and checked at
 * start-up: known indicator codes, each once, positive weights summing to 1, distinct worst and best.
 */
record Methodology(String version, LocalDate published,
        @JsonProperty("minimum-applications") int minimumApplications, List<Weighted> indicators) {

    static final String FILE = "reference/ratings/methodology.yml";

    /** One indicator in the index: its weight and the values that normalise to 0 (worst) and 1 (best). */
    record Weighted(String code, BigDecimal weight, BigDecimal worst, BigDecimal best) {

        /** The value mapped onto 0..1 between worst and best, clipped; null stays null. */
        BigDecimal normalise(BigDecimal value) {
            if (value == null) {
                return null;
            }
            BigDecimal position = value.subtract(worst).divide(best.subtract(worst), 6, RoundingMode.HALF_UP);
            return position.max(BigDecimal.ZERO).min(BigDecimal.ONE);
        }
    }

    static Methodology load() {
        try (InputStream in = Methodology.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new ReferenceDataException(FILE, "the file is missing");
            }
            return read(in, FILE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads and checks a methodology file; {@code name} names it in errors. */
    static Methodology read(InputStream in, String name) {
        return DataFile.read(in, Methodology.class, name).checked(name);
    }

    private Methodology checked(String file) {
        Set<String> known = new HashSet<>(Arrays.stream(Indicator.values()).map(Indicator::code).toList());
        Set<String> seen = new HashSet<>();
        BigDecimal total = BigDecimal.ZERO;
        if (version == null || indicators == null || indicators.isEmpty() || minimumApplications < 1) {
            throw new ReferenceDataException(file, "a version, a minimum of applications (1 or more) and indicators"
                    + " are required");
        }
        for (Weighted w : indicators) {
            if (!known.contains(w.code())) {
                throw new ReferenceDataException(file, "unknown indicator " + w.code() + "; known: " + known);
            }
            if (!seen.add(w.code())) {
                throw new ReferenceDataException(file, "indicator " + w.code() + " is listed twice");
            }
            if (w.weight() == null || w.weight().signum() <= 0 || w.worst() == null || w.best() == null
                    || w.worst().compareTo(w.best()) == 0) {
                throw new ReferenceDataException(file, "indicator " + w.code()
                        + " needs a positive weight and different worst and best values");
            }
            total = total.add(w.weight());
        }
        if (total.compareTo(BigDecimal.ONE) != 0) {
            throw new ReferenceDataException(file, "the weights add up to " + total + ", not 1");
        }
        return this;
    }

    /**
     * The index, 0 to 100 with one decimal, from a unit's indicator values: the weighted mean of
     * the normalised values present; null when none is.
     */
    BigDecimal score(Map<String, BigDecimal> values) {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (Weighted w : indicators) {
            BigDecimal normalised = w.normalise(values.get(w.code()));
            if (normalised != null) {
                sum = sum.add(normalised.multiply(w.weight()));
                weights = weights.add(w.weight());
            }
        }
        return weights.signum() == 0 ? null
                : sum.multiply(BigDecimal.valueOf(100)).divide(weights, 1, RoundingMode.HALF_UP);
    }
}
