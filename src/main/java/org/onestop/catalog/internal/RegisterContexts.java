package org.onestop.catalog.internal;

import java.util.Set;
import java.util.stream.Collectors;
import org.onestop.directory.Directory;
import org.onestop.directory.StateBody;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The checks of references against the directory and the known workflows. */
@Component
class RegisterContexts {

    private final Directory directory;
    private final JdbcClient jdbc;

    RegisterContexts(Directory directory, JdbcClient jdbc) {
        this.directory = directory;
        this.jdbc = jdbc;
    }

    /** For loading files: the workflows are those of the workflows file being loaded. */
    RegisterContext with(Set<String> workflows) {
        Set<String> withDepartments = directory.bodies(null, StateBody.Level.TERRITORIAL).stream()
                .map(StateBody::parentCode).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        return new RegisterContext() {
            @Override
            public boolean bodyExists(String code) {
                return directory.body(code).isPresent();
            }

            @Override
            public boolean hasTerritorialDepartments(String code) {
                return withDepartments.contains(code);
            }

            @Override
            public boolean workflowExists(String code) {
                return workflows.contains(code);
            }
        };
    }

    /** For publishing a version: the workflows are those stored. */
    RegisterContext stored() {
        return with(Set.copyOf(jdbc.sql("SELECT code FROM catalog_workflow").query(String.class).list()));
    }
}
