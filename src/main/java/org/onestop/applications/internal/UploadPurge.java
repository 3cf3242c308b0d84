package org.onestop.applications.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Clears the uploads' storage, safely on every node: every hour, unattached uploads past their
 * expiry go with their files; every night, so do files that no upload refers to a day after they
 * were written — what a crash between writing a file and committing its row leaves behind (the
 * file is kept before the row, so that a row never lacks its bytes), and unfinished temporary files.
 */
@Component
class UploadPurge {

    /** Far longer than writing a file and committing its row take: a file this old with no row is an orphan. */
    static final Duration ORPHAN_AGE = Duration.ofDays(1);
    private static final int BATCH = 1_000;

    private final JdbcClient jdbc;
    private final UploadFiles files;
    private final Clock clock;

    UploadPurge(JdbcClient jdbc, UploadFiles files, Clock clock) {
        this.jdbc = jdbc;
        this.files = files;
        this.clock = clock;
    }

    /** Hourly: up to a thousand expired unattached uploads go with their files; how many it found. */
    @Scheduled(cron = "0 41 * * * *", zone = "Asia/Almaty")
    int expired() {
        List<Uploads.Upload> expired = jdbc.sql("SELECT * FROM applications_upload WHERE application_id IS NULL"
                        + " AND expires_at <= :now FETCH FIRST " + BATCH + " ROWS ONLY")
                .param("now", Uploads.utc(clock.instant())).query(Uploads::upload).list();
        for (Uploads.Upload upload : expired) {
            if (jdbc.sql("DELETE FROM applications_upload WHERE id = :id AND application_id IS NULL")
                    .param("id", upload.id()).update() > 0) {
                files.delete(upload.id());
            }
        }
        return expired.size();
    }

    /**
     * Nightly (it walks the whole storage): deletes the files older than {@link #ORPHAN_AGE} that no
     * upload refers to; how many.
     */
    @Scheduled(cron = "0 17 3 * * *", zone = "Asia/Almaty")
    int orphans() {
        Map<Path, UUID> old = files.writtenBefore(clock.instant().minus(ORPHAN_AGE));
        List<Map.Entry<Path, UUID>> candidates = new ArrayList<>(old.entrySet());
        int deleted = 0;
        for (int from = 0; from < candidates.size(); from += BATCH) {
            List<Map.Entry<Path, UUID>> batch = candidates.subList(from, Math.min(candidates.size(), from + BATCH));
            List<UUID> ids = batch.stream().map(Map.Entry::getValue).filter(Objects::nonNull).toList();
            Set<UUID> known = ids.isEmpty() ? Set.of() : new HashSet<>(jdbc.sql(
                            "SELECT id FROM applications_upload WHERE id IN (:ids)")
                    .param("ids", ids).query(UUID.class).list());
            for (Map.Entry<Path, UUID> file : batch) {
                if (file.getValue() == null || !known.contains(file.getValue())) {
                    files.deleteFile(file.getKey());
                    deleted++;
                }
            }
        }
        return deleted;
    }
}
