package org.onestop.notifications;

/**
 * Who receives: an account (for {@link Channel#IN_APP}) and/or an address, a phone number or an
 * email address, for the other channels. Both are trimmed; a blank one counts as absent, and at
 * least one is required.
 *
 * @param accountId the recipient's account id, or {@code null}
 * @param address the phone number or email address to send to, or {@code null}
 */
public record Recipient(String accountId, String address) {

    /** The longest account id stored. */
    public static final int ACCOUNT_ID_MAX = 100;
    /** The longest address stored (the longest email address SMTP allows). */
    public static final int ADDRESS_MAX = 254;

    public Recipient {
        accountId = trimmed(accountId, "account id", ACCOUNT_ID_MAX);
        address = trimmed(address, "address", ADDRESS_MAX);
        if (accountId == null && address == null) {
            throw new IllegalArgumentException("a recipient needs an account id or an address");
        }
    }

    /** The holder of an account, reached in their inbox. */
    public static Recipient account(String id) {
        return new Recipient(id, null);
    }

    /** Whoever reads this phone number or email address. */
    public static Recipient address(String address) {
        return new Recipient(null, address);
    }

    private static String trimmed(String value, String what, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new IllegalArgumentException("the recipient's " + what + " has " + trimmed.length()
                    + " characters; at most " + max + " fit");
        }
        return trimmed;
    }
}
