/**
 * Catalog: the register of public services. Each service standard is kept as immutable
 * versions, each in force from its date; customer charters are derived from the version in
 * force; services are grouped into life events. Other modules read it through
 * {@link org.onestop.catalog.Catalog}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog")
package org.onestop.catalog;
