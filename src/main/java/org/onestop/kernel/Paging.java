package org.onestop.kernel;

/** The one rule for pages of a list: numbered from 0, holding 1 to a list's own maximum of entries. */
public final class Paging {

    private Paging() {
    }

    /** Refuses a page below 0 or a size outside 1 to {@code max}, naming the maximum. */
    public static void check(int page, int size, int max) {
        if (page < 0 || size < 1 || size > max) {
            throw DomainException.invalid("paging.size", "a page holds 1 to " + max + " entries", max);
        }
    }
}
