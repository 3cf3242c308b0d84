package org.onestop.notifications.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on scheduling, which runs the {@link Dispatcher} (not in the one-off commands). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "onestop.scheduling.enabled", matchIfMissing = true)
class NotificationsConfiguration {
}
