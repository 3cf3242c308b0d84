package org.onestop.documents.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What the QR code carries, signed by the issuing body (JWS, ES256, compact form): the document's
 * id and number, its type, the holder's masked name, the day of issue and the body. Claims have
 * one-letter names to keep the QR code small: {@code i}, {@code n}, {@code t}, {@code h},
 * {@code d}, {@code b}; the header names the key ({@code kid}) and the type {@value #TYPE}.
 */
record DocumentToken(UUID id, String number, String type, String holder, LocalDate issuedOn, String bodyCode) {

    static final String TYPE = "onestop-document";

    String sign(ECKey key) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("i", id.toString());
        claims.put("n", number);
        claims.put("t", type);
        claims.put("h", holder);
        claims.put("d", issuedOn.toString());
        claims.put("b", bodyCode);
        JWSObject jws = new JWSObject(new JWSHeader.Builder(SigningKeys.ALGORITHM).keyID(key.getKeyID())
                .type(new JOSEObjectType(TYPE)).build(), new Payload(claims));
        try {
            jws.sign(new ECDSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign with " + key.getKeyID(), e);
        }
        return jws.serialize();
    }

    /** The claims of a parsed token; fails with {@link IllegalArgumentException} if one is missing or wrong. */
    static DocumentToken of(Map<String, Object> claims) {
        try {
            return new DocumentToken(UUID.fromString(text(claims, "i")), text(claims, "n"), text(claims, "t"),
                    text(claims, "h"), LocalDate.parse(text(claims, "d")), text(claims, "b"));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("the token's claims are not a document's: " + e.getMessage(), e);
        }
    }

    private static String text(Map<String, Object> claims, String name) {
        if (!(claims.get(name) instanceof String value)) {
            throw new IllegalArgumentException("claim " + name + " is missing");
        }
        return value;
    }
}
