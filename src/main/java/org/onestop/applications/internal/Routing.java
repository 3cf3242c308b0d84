package org.onestop.applications.internal;

import org.onestop.catalog.ServiceStandard;
import org.onestop.directory.Directory;
import org.onestop.directory.StateBody;
import org.onestop.kernel.DomainException;
import org.springframework.stereotype.Component;

/**
 * Which body answers an application: the central body itself, the akimat of the applicant's
 * region, or the provider's territorial department in that region.
 */
@Component
class Routing {

    private final Directory directory;

    Routing(Directory directory) {
        this.directory = directory;
    }

    String responsibleBody(ServiceStandard.Provider provider, String regionCode) {
        if (regionCode == null || directory.region(regionCode).isEmpty()) {
            throw DomainException.invalid("directory.region.unknown", "there is no region with code " + regionCode,
                    regionCode);
        }
        return switch (provider.kind()) {
            case CENTRAL -> provider.bodyCode();
            case REGIONAL_AKIMAT -> directory.bodies(regionCode, StateBody.Level.LOCAL).stream()
                    .filter(b -> b.kind() == StateBody.Kind.AKIMAT).map(StateBody::code).findFirst()
                    .orElseThrow(() -> unrouted(regionCode));
            case TERRITORIAL -> directory.bodies(regionCode, StateBody.Level.TERRITORIAL).stream()
                    .filter(b -> provider.bodyCode().equals(b.parentCode())).map(StateBody::code).findFirst()
                    .orElseThrow(() -> unrouted(regionCode));
        };
    }

    private static DomainException unrouted(String regionCode) {
        return DomainException.invalid("applications.region.unserved",
                "this service is not provided in region " + regionCode + " yet", regionCode);
    }
}
