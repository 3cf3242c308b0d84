package org.onestop.feedback.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.onestop.kernel.DomainException;

/** What a rating or a complaint may point at: a fixed set, so that the ratings can count them. */
enum Tag {
    WAITING_TIME("waiting-time"),
    COURTESY("courtesy"),
    CLARITY("clarity"),
    EXTRA_DOCUMENTS("extra-documents"),
    INFORMAL_PAYMENT("informal-payment");

    private final String code;

    Tag(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }

    /** The tags named by these codes; an unknown code is refused, naming the codes allowed. */
    static Set<Tag> parse(Collection<String> codes) {
        Set<Tag> tags = EnumSet.noneOf(Tag.class);
        for (String code : codes == null ? List.<String>of() : codes) {
            tags.add(Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst()
                    .orElseThrow(() -> DomainException.invalid("feedback.tag", "'" + code
                            + "' is not one of the tags " + allowed(), String.valueOf(code), allowed())));
        }
        return tags;
    }

    /** The codes as stored: comma-separated in the order of this enum. */
    static String join(Set<Tag> tags) {
        return tags.stream().sorted().map(Tag::code).collect(Collectors.joining(","));
    }

    static Set<Tag> split(String stored) {
        return stored == null || stored.isBlank() ? EnumSet.noneOf(Tag.class) : parse(List.of(stored.split(",")));
    }

    static List<String> codes(Set<Tag> tags) {
        return tags.stream().sorted().map(Tag::code).toList();
    }

    private static String allowed() {
        return Arrays.stream(values()).map(Tag::code).collect(Collectors.joining(", "));
    }
}
