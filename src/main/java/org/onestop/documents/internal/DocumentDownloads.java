package org.onestop.documents.internal;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.onestop.directory.CivilServant;
import org.onestop.directory.Directory;
import org.onestop.integrity.AuditJournal;
import org.onestop.integrity.AuditRecord;
import org.onestop.integrity.DataAccess;
import org.onestop.integrity.PersonalDataAccessLog;
import org.onestop.kernel.Actor;
import org.onestop.kernel.LocalizedText;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A document's PDF for whoever may see it: every download is in the document's audit stream, and
 * a download by staff (an operator printing it, an officer) also in the holder's personal-data
 * access log, since the PDF carries the holder's IIN and name.
 */
@Component
class DocumentDownloads {

    private final DocumentPolicy policy;
    private final DocumentPdf pdf;
    private final AuditJournal journal;
    private final PersonalDataAccessLog dataAccess;
    private final Directory directory;
    private final TransactionTemplate transaction;

    DocumentDownloads(DocumentPolicy policy, DocumentPdf pdf, AuditJournal journal, PersonalDataAccessLog dataAccess,
            Directory directory, TransactionTemplate transaction) {
        this.policy = policy;
        this.pdf = pdf;
        this.journal = journal;
        this.dataAccess = dataAccess;
        this.directory = directory;
        this.transaction = transaction;
    }

    ResponseEntity<byte[]> send(String id, Actor actor) {
        ResultDocument document = policy.visible(id, actor);
        byte[] content = pdf.render(document);
        transaction.executeWithoutResult(status -> {
            journal.append(new AuditRecord(actor, "document", document.id().toString(), "document.downloaded", null,
                    Map.of("number", document.number().value())));
            if (actor.kind() == Actor.Kind.STAFF) {
                LocalizedText position = directory.servant(actor.iin()).map(CivilServant::position)
                        .orElse(new LocalizedText("қызметкер", "сотрудник", "staff member"));
                dataAccess.record(new DataAccess(document.holder(), actor, position,
                        "result document " + document.number().formatted() + " of application "
                                + document.application().formatted(), "document " + document.number().formatted()));
            }
        });
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).contentLength(content.length)
                .header("Content-Disposition", ContentDisposition.inline()
                        .filename(document.number().formatted() + ".pdf", StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .body(content);
    }
}
