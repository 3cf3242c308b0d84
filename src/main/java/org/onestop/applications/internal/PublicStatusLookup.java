package org.onestop.applications.internal;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.onestop.applications.ApplicationStatus;
import org.onestop.catalog.Catalog;
import org.onestop.catalog.ServiceStandard;
import org.onestop.catalog.Workflow;
import org.onestop.kernel.Iin;
import org.onestop.kernel.ReferenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@link ApplicationStatus} from the applications table: one indexed read by reference number,
 * which must also carry the applicant's IIN, so a wrong IIN and an unknown number are the same
 * empty answer.
 */
@Component
class PublicStatusLookup implements ApplicationStatus {

    private record Row(long versionId, String workflow, String state, OffsetDateTime submittedAt,
            OffsetDateTime dueAt) {
    }

    private final JdbcClient jdbc;
    private final Catalog catalog;

    PublicStatusLookup(JdbcClient jdbc, Catalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    @Override
    public Optional<Status> lookup(ReferenceNumber reference, Iin applicant) {
        return jdbc.sql("""
                SELECT standard_version_id, workflow, state, submitted_at, due_at
                  FROM applications_application
                 WHERE reference = :reference AND applicant_iin = :iin""")
                .param("reference", reference.value()).param("iin", applicant.value())
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class), rs.getObject(5, OffsetDateTime.class)))
                .optional().map(this::status);
    }

    private Status status(Row row) {
        ServiceStandard standard = catalog.version(row.versionId()).orElseThrow(() -> new IllegalStateException(
                "an application names version " + row.versionId() + ", which the register does not have"));
        Workflow workflow = catalog.workflow(row.workflow()).orElseThrow(() -> new IllegalStateException(
                "an application names workflow " + row.workflow() + ", which the register does not have"));
        return new Status(standard.name(), workflow.state(row.state()).name(), row.submittedAt().toInstant(),
                row.dueAt().toInstant());
    }
}
