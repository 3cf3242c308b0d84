package org.onestop.integrity.web;

import java.time.Instant;
import java.util.List;
import org.onestop.integrity.AuditEntry;
import org.onestop.integrity.AuditJournal;
import org.onestop.integrity.AuditQuery;
import org.onestop.integrity.AuditVerification;
import org.onestop.integrity.DataAccessRecord;
import org.onestop.integrity.PersonalDataAccessLog;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit journal for auditors: read it with filters, verify its chain, see who opened whose data. */
@RestController
@RequestMapping(path = "/api/v1/audit", produces = "application/json")
@PreAuthorize("hasRole('AUDITOR')")
class AuditController {

    record Verification(boolean intact, long entriesChecked, Long firstBrokenEntry, String reason) {
    }

    private final AuditJournal journal;
    private final PersonalDataAccessLog dataAccess;

    AuditController(AuditJournal journal, PersonalDataAccessLog dataAccess) {
        this.journal = journal;
        this.dataAccess = dataAccess;
    }

    @GetMapping
    List<AuditEntry> entries(@RequestParam(required = false) String actor,
            @RequestParam(required = false) String objectType, @RequestParam(required = false) String objectId,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return journal.find(new AuditQuery(actor, objectType, objectId, action, from, to, page, size));
    }

    @PostMapping("/verify")
    Verification verify() {
        AuditVerification result = journal.verify();
        return new Verification(result.intact(), result.entriesChecked(),
                result.firstBroken().map(b -> b.id()).orElse(null),
                result.firstBroken().map(b -> b.reason()).orElse(null));
    }

    @GetMapping("/data-access")
    List<DataAccessRecord> dataAccessBy(@RequestParam String actor, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return dataAccess.byAccessor(actor, page, size);
    }
}
