package org.onestop.ratings.internal;

/** The kinds of unit indicators are kept for. */
enum Level {
    BODY, REGION, CENTRE, SERVICE
}
