package org.onestop.documents.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Seals and opens the bodies' private keys with AES-256-GCM under the master key from the
 * configuration. The key id is bound in as associated data, so a sealed key moved to another
 * key's row does not open.
 */
@Component
class MasterKey {

    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    MasterKey(DocumentsProperties properties) {
        this.key = new SecretKeySpec(properties.masterKeyBytes(), "AES");
    }

    /** Base64 of the nonce followed by the ciphertext and tag. */
    String seal(byte[] secret, String kid) {
        byte[] nonce = new byte[NONCE];
        random.nextBytes(nonce);
        byte[] sealed = cipher(Cipher.ENCRYPT_MODE, nonce, kid, secret);
        return Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed)
                .array());
    }

    byte[] open(String sealed, String kid) {
        byte[] bytes = Base64.getDecoder().decode(sealed);
        byte[] nonce = java.util.Arrays.copyOf(bytes, NONCE);
        return cipher(Cipher.DECRYPT_MODE, nonce, kid, java.util.Arrays.copyOfRange(bytes, NONCE, bytes.length));
    }

    private byte[] cipher(int mode, byte[] nonce, String kid, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the signing key " + kid + " does not open with the configured master key"
                    + " (" + DocumentsProperties.MASTER_KEY + ")", e);
        }
    }
}
