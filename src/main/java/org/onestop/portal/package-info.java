/**
 * Portal: the public pages that draw on several modules at once and belong to none of them —
 * for now, checking an application's status by its reference number and the applicant's IIN,
 * which reads {@link org.onestop.applications.ApplicationStatus} and is throttled per client
 * address with {@link org.onestop.identity.Throttle}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal")
package org.onestop.portal;
