package org.onestop.integrity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.onestop.integrity.AuditEntry;

/**
 * The hash of an audit entry: SHA-256, in lower-case hex, over the UTF-8 bytes of an encoding of
 * its content and of the hash of the entry before it. Each field is written as its length, a
 * colon and its text, and {@code null} as a lone {@code -}, so no two different entries encode
 * alike ("ab" + "c" is {@code 2:ab1:c}, "a" + "bc" is {@code 1:a2:bc}). The id is not hashed:
 * an entry's place is its stream and sequence.
 */
final class EntryHash {

    private static final String VERSION = "onestop-audit-1";

    private EntryHash() {
    }

    /** The hash of {@code entry}'s content (its {@code id} and {@code hash} are ignored) linked to {@code prevHash}. */
    static String of(AuditEntry entry, String prevHash) {
        StringBuilder encoding = new StringBuilder(256);
        for (String field : new String[] {VERSION, entry.stream(), Long.toString(entry.sequence()),
                entry.at().toString(), entry.actorId(), entry.actorName(), entry.roles(), entry.bodyCode(),
                entry.objectType(), entry.objectId(), entry.action(), entry.before(), entry.after(), prevHash}) {
            if (field == null) {
                encoding.append('-');
            } else {
                encoding.append(field.length()).append(':').append(field);
            }
        }
        return HexFormat.of().formatHex(sha256().digest(encoding.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
