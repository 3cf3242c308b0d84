package org.onestop.reforms.internal;

import java.util.Locale;
import org.onestop.kernel.DomainException;

/**
 * The five components of Pollitt and Bouckaert's model as the paper's Figure 4 draws them. Their
 * names are in {@code messages/reforms} under {@code reforms.component.<code>}.
 */
enum Component {
    A, B, C, D, E;

    public String code() {
        return name();
    }

    /** The component of a code such as {@code "e"} or {@code "E"}; any other is not found. */
    static Component of(String code) {
        String wanted = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        for (Component component : values()) {
            if (component.name().equals(wanted)) {
                return component;
            }
        }
        throw DomainException.notFound("reforms.component.unknown", "there is no component " + code, code);
    }
}
