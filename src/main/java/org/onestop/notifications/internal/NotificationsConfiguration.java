package org.onestop.notifications.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on scheduling, which runs the {@link Dispatcher}. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NotificationsConfiguration {
}
