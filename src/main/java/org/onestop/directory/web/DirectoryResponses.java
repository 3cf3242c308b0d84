package org.onestop.directory.web;

import java.time.format.TextStyle;
import java.util.List;
import org.onestop.directory.OpeningHours;
import org.onestop.directory.Region;
import org.onestop.directory.ServiceCentre;
import org.onestop.directory.StateBody;
import org.onestop.kernel.Language;

/** The directory's API responses: codes as they are, names in one language. */
final class DirectoryResponses {

    private DirectoryResponses() {
    }

    record RegionResponse(String code, String kind, String name, String seat) {
    }

    record BodyResponse(String code, String kind, String level, String parent, String region, String name) {
    }

    record HoursResponse(String day, String dayName, String opens, String closes) {
    }

    record CentreResponse(String code, String region, String name, String address, String phone,
            List<HoursResponse> hours) {
    }

    static RegionResponse region(Region region, Language language) {
        return new RegionResponse(region.code(), lower(region.kind()), region.name().in(language),
                region.seat().in(language));
    }

    static BodyResponse body(StateBody body, Language language) {
        return new BodyResponse(body.code(), lower(body.kind()), lower(body.level()), body.parentCode(),
                body.regionCode(), body.name().in(language));
    }

    static CentreResponse centre(ServiceCentre centre, Language language) {
        return new CentreResponse(centre.code(), centre.regionCode(), centre.name().in(language),
                centre.address().in(language), centre.phone(),
                centre.hours().stream().map(h -> hours(h, language)).toList());
    }

    private static HoursResponse hours(OpeningHours hours, Language language) {
        return new HoursResponse(hours.day().name().toLowerCase(java.util.Locale.ROOT),
                hours.day().getDisplayName(TextStyle.FULL_STANDALONE, language.locale()),
                hours.opens().toString(), hours.closes().toString());
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(java.util.Locale.ROOT);
    }
}
