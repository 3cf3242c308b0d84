package org.onestop.catalog;

import java.util.List;
import org.onestop.kernel.LocalizedText;

/** A situation in a person's life and the services it takes, in the order they are done. */
public record LifeEvent(String code, LocalizedText name, LocalizedText description, List<String> serviceCodes) {

    public LifeEvent {
        serviceCodes = List.copyOf(serviceCodes);
    }
}
