package org.onestop.integrity.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.onestop.integrity.PersonalDataAccessLog;
import org.onestop.kernel.Actor;
import org.onestop.kernel.Language;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person's view of who opened their data: which body, which position, when and why. Names of
 * officials are not shown; the law gives the person the body and the position.
 */
@RestController
class MyDataAccessController {

    record Access(Instant at, String body, String position, String purpose, String what) {
    }

    private final PersonalDataAccessLog dataAccess;

    MyDataAccessController(PersonalDataAccessLog dataAccess) {
        this.dataAccess = dataAccess;
    }

    @GetMapping(path = "/api/v1/me/data-access", produces = "application/json")
    List<Access> mine(@AuthenticationPrincipal Actor actor, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size, Locale locale) {
        if (actor.iin() == null) {
            return List.of();
        }
        Language language = Language.of(locale, Language.KK);
        return dataAccess.about(actor.iin(), AuditController.page(page), AuditController.size(size)).stream()
                .map(r -> new Access(r.at(), r.accessorBodyCode(),
                        r.accessorPosition() == null ? null : r.accessorPosition().in(language), r.purpose(), r.what()))
                .toList();
    }
}
