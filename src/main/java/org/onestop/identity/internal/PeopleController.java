package org.onestop.identity.internal;

import java.time.LocalDate;
import org.onestop.directory.CivilServant;
import org.onestop.directory.Directory;
import org.onestop.integrity.DataAccess;
import org.onestop.integrity.PersonalDataAccessLog;
import org.onestop.kernel.Actor;
import org.onestop.kernel.DomainException;
import org.onestop.kernel.Iin;
import org.onestop.kernel.LocalizedText;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff open a person's data — at a centre desk to serve a walk-in applicant, in a back office
 * to process an application — always saying why; the person sees every such look in their
 * data-access log.
 */
@RestController
@PreAuthorize("hasAnyRole('OPERATOR', 'OFFICER', 'HEAD', 'AUDITOR')")
class PeopleController {

    record Person(String iin, LocalDate birthDate, String sex, boolean registered, String phone, String email) {
    }

    private final AccountStore accounts;
    private final IdentityPolicy policy;
    private final PersonalDataAccessLog dataAccess;
    private final Directory directory;
    private final TransactionTemplate transaction;

    PeopleController(AccountStore accounts, IdentityPolicy policy, PersonalDataAccessLog dataAccess,
            Directory directory, TransactionTemplate transaction) {
        this.accounts = accounts;
        this.policy = policy;
        this.dataAccess = dataAccess;
        this.directory = directory;
        this.transaction = transaction;
    }

    @GetMapping(path = "/api/v1/people/{iin}", produces = "application/json")
    Person person(@PathVariable String iin, @RequestParam(required = false) String purpose,
            @AuthenticationPrincipal Actor actor) {
        if (!policy.mayOpenPersonalData(actor)) {
            throw DomainException.forbidden("forbidden", "you may not do this");
        }
        if (purpose == null || purpose.isBlank() || purpose.length() > 500) {
            throw DomainException.invalid("identity.person.purpose",
                    "say why you open the data of this person (up to 500 characters)");
        }
        Iin subject = Iin.parse(iin);
        LocalizedText position = directory.servant(actor.iin()).map(CivilServant::position).orElse(null);
        return transaction.execute(status -> {
            dataAccess.record(new DataAccess(subject, actor, position, purpose.strip(), "profile"));
            return accounts.byIin(subject)
                    .map(a -> new Person(subject.value(), subject.birthDate(), subject.sex().name().toLowerCase(),
                            a.isActive(), a.phone(), a.email()))
                    .orElseGet(() -> new Person(subject.value(), subject.birthDate(),
                            subject.sex().name().toLowerCase(), false, null, null));
        });
    }
}
