/**
 * Integrity: the audit journal, an append-only record of every action, hash-chained per object
 * so that a changed, deleted or reordered entry is found by {@link org.onestop.integrity.AuditJournal#verify()};
 * and the personal-data access log, which tells a person which body and position opened their
 * data and why. Other modules write to both in their own transactions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Integrity", allowedDependencies = "kernel")
package org.onestop.integrity;
