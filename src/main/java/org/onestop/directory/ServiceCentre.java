package org.onestop.directory;

import java.util.List;
import org.onestop.kernel.LocalizedText;

/** A one-stop-shop public service centre, with its week ordered Monday to Sunday. */
public record ServiceCentre(String code, String regionCode, LocalizedText name, LocalizedText address,
        String phone, List<OpeningHours> hours) {

    public ServiceCentre {
        hours = List.copyOf(hours);
    }
}
