/**
 * Ratings: indicators of public service delivery per state body, region, service centre and
 * service, per month (quarters and years are sums of months), maintained incrementally from the
 * applications' and feedback's events and rebuilt from their stored records on demand
 * ({@link org.onestop.ratings.RebuildCommand}). Served read-only at {@code /api/v1/ratings/indicators}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ratings")
package org.onestop.ratings;
