package org.onestop.ratings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RebuildCommandTest {

    @Test
    void theCommandIsTheOneWordRebuildRatingsWithAnySpringOptions() {
        assertThat(RebuildCommand.isRequested("rebuild-ratings")).isTrue();
        assertThat(RebuildCommand.isRequested("--spring.profiles.active=demo", "rebuild-ratings")).isTrue();
        assertThat(RebuildCommand.isRequested()).isFalse();
        assertThat(RebuildCommand.isRequested("rebuild-ratings", "now")).isFalse();
        assertThat(RebuildCommand.isRequested("generate-history", "1000")).isFalse();
    }
}
