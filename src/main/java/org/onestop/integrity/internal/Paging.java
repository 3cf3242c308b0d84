package org.onestop.integrity.internal;

import org.onestop.kernel.DomainException;

/**
 * The one rule for pages of the journal and of the access log: pages count from 0 and hold 1 to
 * {@value #MAX_SIZE} entries, so that no request reads an unbounded part of a large table.
 */
public final class Paging {

    /** The largest page anyone may ask for. */
    public static final int MAX_SIZE = 500;

    private Paging() {
    }

    /** Refuses a page below 0 or a size outside 1 to {@value #MAX_SIZE}. */
    public static void check(int page, int size) {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw DomainException.invalid("integrity.page.invalid", "a page is 0 or more and holds 1 to "
                    + MAX_SIZE + " entries, not page " + page + " of " + size, MAX_SIZE, page, size);
        }
    }

    static long offset(int page, int size) {
        return (long) page * size;
    }
}
