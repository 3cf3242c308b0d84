package org.onestop.ratings.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onestop.kernel.ReferenceDataException;

class MethodologyTest {

    private static final String TWO = """
            version: "t"
            published: 2026-11-30
            minimum-applications: 10
            indicators:
              - {code: decided-on-time, weight: 0.75, worst: 0.5, best: 1.0}
              - {code: complaints-per-1000, weight: 0.25, worst: 20, best: 0}
            """;

    @Test
    void theShippedMethodologyIsValidAndItsWeightsAddUpToOne() {
        Methodology shipped = Methodology.load();

        assertThat(shipped.indicators()).isNotEmpty();
        assertThat(shipped.indicators().stream().map(Methodology.Weighted::weight).reduce(BigDecimal.ZERO,
                BigDecimal::add)).isEqualByComparingTo("1");
    }

    @Test
    void theIndexIsTheWeightedMeanOfValuesPlacedBetweenWorstAndBestClippedBeyondThem() {
        Methodology m = read(TWO);

        // on time 0.9 -> 0.8; 5 complaints per 1,000 -> 0.75: 100 x (0.75 x 0.8 + 0.25 x 0.75)
        assertThat(m.score(values("0.9", "5"))).isEqualByComparingTo("78.8");
        // better than best and worse than worst are clipped to 1 and 0
        assertThat(m.score(values("1", "35"))).isEqualByComparingTo("75.0");
        assertThat(m.score(values("0.3", "0"))).isEqualByComparingTo("25.0");
    }

    @Test
    void aMissingIndicatorHasItsWeightSharedByTheOthersAndNoValueAtAllGivesNoScore() {
        Methodology m = read(TWO);

        assertThat(m.score(values("0.9", null))).isEqualByComparingTo("80.0");
        assertThat(m.score(values(null, null))).isNull();
    }

    @Test
    void aFileWithAnUnknownIndicatorOrWeightsNotAddingUpToOneStopsTheStart() {
        assertThatThrownBy(() -> read(TWO.replace("decided-on-time", "happiness")))
                .isInstanceOf(ReferenceDataException.class).hasMessageContaining("unknown indicator happiness");
        assertThatThrownBy(() -> read(TWO.replace("0.75", "0.5")))
                .isInstanceOf(ReferenceDataException.class).hasMessageContaining("add up to 0.75");
        assertThatThrownBy(() -> read(TWO.replace("worst: 20, best: 0", "worst: 3, best: 3")))
                .isInstanceOf(ReferenceDataException.class).hasMessageContaining("different worst and best");
    }

    private static Map<String, BigDecimal> values(String onTime, String complaints) {
        Map<String, BigDecimal> values = new HashMap<>();
        values.put("decided-on-time", onTime == null ? null : new BigDecimal(onTime));
        values.put("complaints-per-1000", complaints == null ? null : new BigDecimal(complaints));
        return values;
    }

    private static Methodology read(String yaml) {
        return Methodology.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yml");
    }
}
