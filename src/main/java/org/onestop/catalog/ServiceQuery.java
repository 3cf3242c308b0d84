package org.onestop.catalog;

/**
 * A search of the register: words (any language; case and Kazakh/Russian letter variants do not
 * matter), and optional filters by providing body, channel and life event; one page.
 */
public record ServiceQuery(String text, String body, ServiceStandard.Channel channel, String lifeEvent, int page,
        int size) {
}
