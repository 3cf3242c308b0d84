package org.onestop.applications.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.onestop.kernel.Actor;
import org.onestop.kernel.DomainException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploading the documents an application needs, before filing it (or with an answer to a request
 * for information): {@code POST /api/v1/uploads} with a multipart part {@code file} returns the
 * upload's id, which the application (or draft, or action) then names under the standard's
 * document code. An upload is its sender's alone until attached.
 */
@RestController
@RequestMapping(path = "/api/v1/uploads", produces = "application/json")
@PreAuthorize("hasAnyRole('CITIZEN', 'OPERATOR', 'AGENCY')")
class UploadController {

    record UploadView(UUID id, String fileName, String mediaType, long size, String sha256, Instant uploadedAt,
            Instant expiresAt) {

        static UploadView of(Uploads.Upload u) {
            return new UploadView(u.id(), u.fileName(), u.mediaType(), u.size(), u.sha256(), u.uploadedAt(),
                    u.expiresAt());
        }
    }

    private final Uploads uploads;

    UploadController(Uploads uploads) {
        this.uploads = uploads;
    }

    @PostMapping(consumes = "multipart/form-data")
    ResponseEntity<UploadView> upload(@RequestParam(name = "file", required = false) MultipartFile file,
            @AuthenticationPrincipal Actor actor) {
        if (file == null) {
            throw DomainException.invalid("applications.upload.missing", "send the file in the part named 'file'");
        }
        try (var content = file.getInputStream()) {
            Uploads.Upload upload = uploads.store(actor, file.getOriginalFilename(), content);
            return ResponseEntity.created(URI.create("/api/v1/uploads/" + upload.id())).body(UploadView.of(upload));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/{id}")
    UploadView upload(@PathVariable String id, @AuthenticationPrincipal Actor actor) {
        return UploadView.of(uploads.own(Uploads.parse(id), actor));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id, @AuthenticationPrincipal Actor actor) {
        uploads.delete(Uploads.parse(id), actor);
        return ResponseEntity.noContent().build();
    }
}
