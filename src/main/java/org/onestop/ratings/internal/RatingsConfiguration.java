package org.onestop.ratings.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The composite index's method, read and checked once at start-up: a bad file stops the start. */
@Configuration
class RatingsConfiguration {

    @Bean
    Methodology methodology() {
        return Methodology.load();
    }
}
