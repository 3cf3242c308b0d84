package org.onestop.catalog.internal;

import java.util.HashSet;
import java.util.Set;
import org.onestop.directory.Directory;
import org.onestop.directory.StateBody;
import org.springframework.stereotype.Component;

/**
 * Which providers a state body stands for when people filter the catalogue by it: its own
 * services; for an akimat, the services of "the akimat of the applicant's region"; for a
 * territorial department, the services its parent delivers through its departments.
 */
@Component
class ProviderKeys {

    private final Directory directory;

    ProviderKeys(Directory directory) {
        this.directory = directory;
    }

    Set<String> keysFor(String bodyCode) {
        return directory.body(bodyCode).map(body -> {
            Set<String> keys = new HashSet<>();
            keys.add("CENTRAL:" + body.code());
            keys.add("TERRITORIAL:" + body.code());
            if (body.kind() == StateBody.Kind.AKIMAT) {
                keys.add("REGIONAL_AKIMAT:");
            }
            if (body.level() == StateBody.Level.TERRITORIAL && body.parentCode() != null) {
                keys.add("TERRITORIAL:" + body.parentCode());
            }
            return keys;
        }).orElse(Set.of());
    }
}
