package org.onestop.applications.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The applications module runs the deadline watch on a schedule. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ApplicationsConfiguration {
}
