package org.onestop.applications.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The applications module runs the deadline watch on a schedule (not in the one-off commands). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "onestop.scheduling.enabled", matchIfMissing = true)
class ApplicationsConfiguration {
}
