package org.onestop.ratings.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HistogramTest {

    @Test
    void percentilesAreTheNearestRankInWholeWorkingDays() {
        Histogram days = new Histogram();
        days.add(1, 3);
        days.add(2, 1);
        days.add(5, 5);
        days.add(Contributions.DAYS_CAP, 1);

        // ten decisions: 1 1 1 2 5 5 5 5 5 60+
        assertThat(days.percentile(50)).isEqualTo(5);
        assertThat(days.percentile(40)).isEqualTo(2);
        assertThat(days.percentile(30)).isEqualTo(1);
        assertThat(days.percentile(90)).isEqualTo(5);
        assertThat(days.percentile(100)).isEqualTo(Contributions.DAYS_CAP);
    }

    @Test
    void monthsMergeBucketByBucketAndNoDecisionsHaveNoPercentile() {
        Histogram quarter = new Histogram();
        assertThat(quarter.percentile(50)).isNull();
        quarter.add(3, 1);
        quarter.add(3, 1);
        quarter.add(7, 1);
        assertThat(quarter.total()).isEqualTo(3);
        assertThat(quarter.percentile(50)).isEqualTo(3);
        assertThat(quarter.percentile(90)).isEqualTo(7);
    }
}
