package org.onestop.directory.web;

import java.util.List;
import java.util.Locale;
import org.onestop.directory.Directory;
import org.onestop.directory.Region;
import org.onestop.directory.ServiceCentre;
import org.onestop.kernel.Language;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public service centres with their addresses, phones and opening hours, by region. */
@Controller
class CentresPage {

    record RegionView(String code, String name) {
    }

    record CentreView(String code, String name, String region, String address, String phone, List<WeekHours.Span> hours) {
    }

    private final Directory directory;
    private final WeekHours weekHours;

    CentresPage(Directory directory, WeekHours weekHours) {
        this.directory = directory;
        this.weekHours = weekHours;
    }

    @GetMapping("/centres")
    String centres(@RequestParam(required = false) String region, Model model, Locale locale) {
        Language language = Language.of(locale, Language.KK);
        List<Region> regions = directory.regions();
        Region chosen = regions.stream().filter(r -> r.code().equals(region)).findFirst().orElse(null);
        model.addAttribute("regions", regions.stream().map(r -> new RegionView(r.code(), r.name().in(language))).toList());
        model.addAttribute("region", chosen == null ? null : chosen.code());
        model.addAttribute("regionName", chosen == null ? null : chosen.name().in(language));
        model.addAttribute("centres", directory.centres(chosen == null ? null : chosen.code()).stream()
                .map(c -> view(c, regions, language)).toList());
        return "directory/centres";
    }

    private CentreView view(ServiceCentre centre, List<Region> regions, Language language) {
        String region = regions.stream().filter(r -> r.code().equals(centre.regionCode())).findFirst()
                .map(r -> r.name().in(language)).orElse(centre.regionCode());
        return new CentreView(centre.code(), centre.name().in(language), region, centre.address().in(language),
                centre.phone(), weekHours.of(centre.hours(), language));
    }
}
