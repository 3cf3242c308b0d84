package org.onestop.reforms.internal;

/** Where a row of the monitor comes from: the shipped files, or an analyst. */
enum Origin { SHIPPED, ANALYST }
