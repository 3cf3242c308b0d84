/**
 * Applications: a citizen applies online or an operator files at a centre; the application is
 * routed to the responsible body, carries a due date from the working calendar, and moves
 * through the workflow of its standard's version, every step on its timeline and in the audit
 * journal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Applications")
package org.onestop.applications;
