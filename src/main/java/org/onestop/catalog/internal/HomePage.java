package org.onestop.catalog.internal;

import java.util.Locale;
import org.onestop.catalog.Catalog;
import org.onestop.kernel.Language;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The front page: search the register, or start from a situation in life. */
@Controller
class HomePage {

    private final Catalog catalog;

    HomePage(Catalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/")
    String home(Model model, Locale locale) {
        Language language = Language.of(locale, Language.KK);
        model.addAttribute("lifeEvents", catalog.lifeEvents().stream()
                .map(event -> CataloguePage.LifeEventView.of(event, language)).toList());
        return "catalog/home";
    }
}
