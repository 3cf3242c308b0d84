package org.onestop.catalog.internal;

import java.util.Map;
import java.util.Optional;
import org.onestop.catalog.Workflow;
import org.springframework.stereotype.Component;

/** The register's workflows as the last load checked them; every node loads the same file. */
@Component
class Workflows {

    private volatile Map<String, Workflow> byCode = Map.of();

    void replace(Map<String, Workflow> workflows) {
        byCode = Map.copyOf(workflows);
    }

    Optional<Workflow> get(String code) {
        return Optional.ofNullable(byCode.get(code));
    }
}
