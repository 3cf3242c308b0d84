package org.onestop.applications.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.onestop.applications.ApplicationFacts;
import org.onestop.catalog.Catalog;
import org.onestop.kernel.Iin;
import org.onestop.kernel.Language;
import org.onestop.kernel.ReferenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@link ApplicationFacts} from the stored application and its workflow: indexed reads of the
 * columns the facts need (not the form, which other modules never see), a thousand references a
 * statement for many.
 */
@Component
class FactsLookup implements ApplicationFacts {

    private static final String SELECT = "SELECT reference, applicant_iin, applicant_account, language, service_code,"
            + " body_code, region_code, centre_code, state, workflow, submitted_at, decided_at"
            + " FROM applications_application WHERE ";

    private final JdbcClient jdbc;
    private final Catalog catalog;

    FactsLookup(JdbcClient jdbc, Catalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    @Override
    public Optional<Facts> find(ReferenceNumber reference) {
        return jdbc.sql(SELECT + "reference = :reference").param("reference", reference.value()).query(this::facts)
                .optional();
    }

    private Facts facts(ResultSet rs, int row) throws SQLException {
        String workflow = rs.getString("workflow");
        String state = rs.getString("state");
        boolean finished = catalog.workflow(workflow).map(w -> w.state(state).terminal()).orElse(false);
        return new Facts(new ReferenceNumber(rs.getString("reference")), new Iin(rs.getString("applicant_iin")),
                rs.getString("applicant_account"), Language.ofTag(rs.getString("language")),
                rs.getString("service_code"), rs.getString("body_code"), rs.getString("region_code"),
                rs.getString("centre_code"), state, finished, ApplicationStore.instant(rs, "submitted_at"),
                ApplicationStore.instant(rs, "decided_at"));
    }
}
