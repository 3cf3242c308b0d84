package org.onestop.directory;

/** What a member of staff may do on OneStop; DESIGN.md's table of roles says who they are. */
public enum StaffRole { OPERATOR, OFFICER, HEAD, AUDITOR, ANALYST, CATALOG_ADMIN, SYSTEM_ADMIN }
