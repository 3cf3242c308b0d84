package org.onestop.applications.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.onestop.catalog.Catalog;
import org.onestop.catalog.ServiceStandard;
import org.onestop.directory.CivilServant;
import org.onestop.directory.Directory;
import org.onestop.integrity.DataAccess;
import org.onestop.integrity.PersonalDataAccessLog;
import org.onestop.kernel.Actor;
import org.onestop.kernel.DomainException;
import org.onestop.kernel.Language;
import org.onestop.kernel.LocalizedText;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The documents attached to an application: listed on the application, downloaded by whoever may
 * see it. A download by staff is recorded in the applicant's personal-data access log (so the
 * applicant learns which body opened their papers); the bytes are checked against their SHA-256
 * before they are sent.
 */
@RestController
class ApplicationDocuments {

    record DocumentView(UUID id, String code, String name, String fileName, String mediaType, long size,
            String sha256, Instant attachedAt, String href) {
    }

    private final Uploads uploads;
    private final ApplicationPolicy policy;
    private final Catalog catalog;
    private final Directory directory;
    private final PersonalDataAccessLog dataAccess;
    private final TransactionTemplate transaction;

    ApplicationDocuments(Uploads uploads, ApplicationPolicy policy, Catalog catalog, Directory directory,
            PersonalDataAccessLog dataAccess, TransactionTemplate transaction) {
        this.uploads = uploads;
        this.policy = policy;
        this.catalog = catalog;
        this.directory = directory;
        this.dataAccess = dataAccess;
        this.transaction = transaction;
    }

    List<DocumentView> of(Application a, Language language) {
        ServiceStandard standard = catalog.version(a.standardVersionId()).orElseThrow();
        return uploads.of(a.id()).stream().map(u -> view(a, standard, u.documentCode(), u, language)).toList();
    }

    /**
     * The documents just attached to a new application, by code, in the order {@link #of} reads them
     * (all attached at once, so by id as the database orders it: unsigned, byte by byte).
     */
    List<DocumentView> of(Application a, Language language, Map<String, Uploads.Upload> attached) {
        ServiceStandard standard = catalog.version(a.standardVersionId()).orElseThrow();
        return attached.entrySet().stream()
                .sorted(Comparator.comparing(e -> e.getValue().id(), ApplicationDocuments::unsigned))
                .map(e -> view(a, standard, e.getKey(), e.getValue(), language)).toList();
    }

    private static int unsigned(UUID x, UUID y) {
        int high = Long.compareUnsigned(x.getMostSignificantBits(), y.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(x.getLeastSignificantBits(), y.getLeastSignificantBits());
    }

    private static DocumentView view(Application a, ServiceStandard standard, String code, Uploads.Upload u,
            Language language) {
        return new DocumentView(u.id(), code, standard.documents().stream().filter(d -> d.code().equals(code))
                .findFirst().map(d -> d.name().in(language)).orElse(code), u.fileName(), u.mediaType(), u.size(),
                u.sha256(), u.uploadedAt(), "/api/v1/applications/" + a.reference().value() + "/documents/" + u.id());
    }

    @GetMapping("/api/v1/applications/{reference}/documents/{id}")
    ResponseEntity<byte[]> download(@PathVariable String reference, @PathVariable String id,
            @AuthenticationPrincipal Actor actor) {
        return send(policy.visible(reference, actor), id, actor);
    }

    /** One document of an application the actor may see, as a download; staff downloads are logged. */
    ResponseEntity<byte[]> send(Application a, String id, Actor actor) {
        UUID uuid = Uploads.parse(id);
        Uploads.Upload upload = uploads.find(uuid).filter(u -> a.id().equals(u.applicationId()))
                .orElseThrow(() -> DomainException.notFound("applications.document.unknown-file",
                        "application " + a.reference().formatted() + " has no document " + id, id));
        byte[] content = uploads.content(upload);
        if (actor.kind() == Actor.Kind.STAFF) {
            LocalizedText position = directory.servant(actor.iin()).map(CivilServant::position)
                    .orElse(new LocalizedText("қызметкер", "сотрудник", "staff member"));
            transaction.executeWithoutResult(status -> dataAccess.record(new DataAccess(a.applicantIin(), actor,
                    position, "application " + a.reference().formatted(), "document " + upload.documentCode())));
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(upload.mediaType()))
                .contentLength(content.length)
                .header("Content-Disposition", ContentDisposition.attachment()
                        .filename(upload.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .eTag("\"" + upload.sha256() + "\"")
                .body(content);
    }
}
