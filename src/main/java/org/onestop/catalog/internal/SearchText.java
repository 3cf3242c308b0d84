package org.onestop.catalog.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Text as the catalogue search compares it: lower case, Kazakh letters folded into their nearest
 * Russian ones (ә→а, ғ→г, қ→к, ң→н, ө→о, ұ ү→у, һ→х, і→и) and ё into е, punctuation into spaces.
 * So "Жеке куәлік", "жеке куалик" and "ЖЕКЕ КУӘЛІК" all match one another, whichever keyboard
 * the person typed on.
 */
final class SearchText {

    private static final String FROM = "әғқңөұүһіё";
    private static final String TO = "агкноуухие";

    private SearchText() {
    }

    static String normalise(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder folded = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            int kazakh = FROM.indexOf(c);
            if (kazakh >= 0) {
                folded.append(TO.charAt(kazakh));
            } else {
                folded.append(Character.isLetterOrDigit(c) ? c : ' ');
            }
        }
        return folded.toString().replaceAll("\\s+", " ").strip();
    }

    /** The words of a query, normalised; empty for a blank query. */
    static List<String> words(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return Arrays.stream(normalise(query).split(" ")).filter(w -> !w.isEmpty()).distinct().limit(8).toList();
    }
}
