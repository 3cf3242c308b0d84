package org.onestop.notifications;

import java.util.regex.Pattern;
import org.onestop.kernel.Language;

/**
 * One message to one recipient through one channel, already written in the recipient's language.
 * Every rule is checked here, so a notification that exists can be queued: a subject of one line
 * and at most {@value #SUBJECT_MAX} characters, a body of at most {@value #BODY_MAX}, neither
 * blank; an account for {@link Channel#IN_APP} and an address for the other channels. A broken
 * rule is an {@link IllegalArgumentException} that names it.
 *
 * @param recipient who receives it
 * @param channel how it reaches them
 * @param language the language subject and body are written in
 * @param subject one line: an email's subject, an inbox entry's title
 * @param body the text
 * @param kind a stable code of what this message is about, such as {@code identity.one-time-code}
 *        or {@code identity.registration-attempt}: the module's name, a dot, then lower-case words
 *        joined by hyphens
 */
public record Notification(Recipient recipient, Channel channel, Language language, String subject, String body,
        String kind) {

    /** The longest subject, in characters. */
    public static final int SUBJECT_MAX = 300;
    /** The longest body, in characters. */
    public static final int BODY_MAX = 4000;
    /** The longest kind. */
    public static final int KIND_MAX = 100;

    private static final Pattern KIND = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+");

    public Notification {
        required(recipient, "a recipient");
        required(channel, "a channel");
        required(language, "a language");
        if (channel == Channel.IN_APP && recipient.accountId() == null) {
            throw new IllegalArgumentException("an IN_APP notification needs the recipient's account id");
        }
        if (channel != Channel.IN_APP && recipient.address() == null) {
            throw new IllegalArgumentException("an " + channel + " notification needs the recipient's address");
        }
        text(subject, "subject", SUBJECT_MAX);
        if (subject.contains("\n") || subject.contains("\r")) {
            throw new IllegalArgumentException("the subject must be one line");
        }
        text(body, "body", BODY_MAX);
        if (kind == null || kind.length() > KIND_MAX || !KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("kind '" + kind + "' is not a code such as identity.one-time-code: "
                    + "lower-case words joined by hyphens, in at least two parts joined by dots, at most "
                    + KIND_MAX + " characters");
        }
    }

    private static void required(Object value, String what) {
        if (value == null) {
            throw new IllegalArgumentException("a notification needs " + what);
        }
    }

    private static void text(String value, String what, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the " + what + " is blank");
        }
        int length = value.codePointCount(0, value.length());
        if (length > max) {
            throw new IllegalArgumentException("the " + what + " has " + length + " characters; at most " + max + " fit");
        }
    }
}
