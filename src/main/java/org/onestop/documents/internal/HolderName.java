package org.onestop.documents.internal;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.onestop.kernel.Iin;

/**
 * How a holder is named where anyone may read it (the QR token, the verification page): each
 * word of the name by its first letter and three stars, {@code Арман Сейтқали} → {@code А*** С***};
 * without a known name, the IIN as pages mask it ({@code 850612*****0}).
 */
final class HolderName {

    private HolderName() {
    }

    static String masked(String fullName, Iin iin) {
        if (fullName == null || fullName.isBlank()) {
            return iin.masked();
        }
        return Arrays.stream(fullName.strip().split("\\s+"))
                .map(word -> new String(Character.toChars(word.codePointAt(0))) + "***")
                .collect(Collectors.joining(" "));
    }
}
