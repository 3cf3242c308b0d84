package org.onestop.documents.internal;

import java.net.URI;
import java.util.Base64;
import java.util.List;
import org.onestop.kernel.InvalidSettingException;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Result documents' settings ({@code onestop.documents.*}): the master key that seals the bodies'
 * private signing keys (32 bytes in base64; OneStop does not start without it), the address the
 * QR code points at ({@code verify-url}, followed by {@code /verify/<token>}), the file that maps
 * the standards' results to document types, and files naming the holders (the demo people; in
 * production the person register would answer).
 */
@ConfigurationProperties("onestop.documents")
record DocumentsProperties(String masterKey, URI verifyUrl, String types, List<String> people) {

    static final String MASTER_KEY = "onestop.documents.master-key";

    DocumentsProperties {
        if (masterKey == null || masterKey.isBlank()) {
            throw new InvalidSettingException(MASTER_KEY, "is missing: set ONESTOP_DOCUMENTS_MASTER_KEY to 32 random "
                    + "bytes in base64 (openssl rand -base64 32); it seals the state bodies' signing keys");
        }
        masterKeyBytes(masterKey);
        people = people == null ? List.of() : List.copyOf(people);
    }

    byte[] masterKeyBytes() {
        return masterKeyBytes(masterKey);
    }

    private static byte[] masterKeyBytes(String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(MASTER_KEY, "is not base64: " + e.getMessage());
        }
        if (key.length != 32) {
            throw new InvalidSettingException(MASTER_KEY, "must be 32 bytes in base64, not " + key.length);
        }
        return key;
    }
}
