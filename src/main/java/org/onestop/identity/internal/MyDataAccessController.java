package org.onestop.identity.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.onestop.directory.Directory;
import org.onestop.directory.StateBody;
import org.onestop.integrity.DataAccessRecord;
import org.onestop.integrity.PersonalDataAccessLog;
import org.onestop.kernel.Actor;
import org.onestop.kernel.Language;
import org.onestop.kernel.WorkingCalendar;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * A person's view of who opened their data: which body, which position, when and why, as JSON
 * and as a page. Names of officials are not shown; the law gives the person the body and the
 * position.
 */
@Controller
class MyDataAccessController {

    record Access(Instant at, String bodyCode, String body, String position, String purpose, String what) {
    }

    record AccessRow(String when, String body, String position, String purpose) {
    }

    /** How many of the newest entries the page shows. */
    private static final int PAGE_SIZE = 200;

    private final PersonalDataAccessLog dataAccess;
    private final Directory directory;

    MyDataAccessController(PersonalDataAccessLog dataAccess, Directory directory) {
        this.dataAccess = dataAccess;
        this.directory = directory;
    }

    @GetMapping(path = "/api/v1/me/data-access", produces = "application/json")
    @ResponseBody
    List<Access> mine(@AuthenticationPrincipal Actor actor, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size, Locale locale) {
        return accesses(actor, page, size, Language.of(locale, Language.KK));
    }

    @GetMapping("/me/data-access")
    String page(@AuthenticationPrincipal Actor actor, Model model, Locale locale) {
        Language language = Language.of(locale, Language.KK);
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(language.locale()).withZone(WorkingCalendar.ZONE);
        model.addAttribute("accesses", accesses(actor, 0, PAGE_SIZE, language).stream()
                .map(a -> new AccessRow(format.format(a.at()), a.body(), a.position(), a.purpose())).toList());
        return "integrity/data-access";
    }

    private List<Access> accesses(Actor actor, int page, int size, Language language) {
        if (actor.iin() == null) {
            return List.of();
        }
        List<DataAccessRecord> records = dataAccess.about(actor.iin(), page, size);
        return records.stream().map(r -> new Access(r.at(), r.accessorBodyCode(), bodyName(r.accessorBodyCode(), language),
                r.accessorPosition() == null ? null : r.accessorPosition().in(language), r.purpose(), r.what())).toList();
    }

    private String bodyName(String code, Language language) {
        return code == null ? null : directory.body(code).map(StateBody::name).map(n -> n.in(language)).orElse(code);
    }
}
