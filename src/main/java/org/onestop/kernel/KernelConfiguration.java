package org.onestop.kernel;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock every module reads, in Kazakhstan's time zone; tests replace it. */
@Configuration(proxyBeanMethods = false)
class KernelConfiguration {

    @Bean
    Clock clock() {
        return Clock.system(WorkingCalendar.ZONE);
    }
}
