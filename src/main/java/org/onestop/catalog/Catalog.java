package org.onestop.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reads the register of services. "Current" means in force today in Kazakhstan. */
public interface Catalog {

    Optional<ServiceStandard> current(String code);

    /** The version in force on {@code date}: the latest published among those effective by then. */
    Optional<ServiceStandard> inForce(String code, LocalDate date);

    /** A version by its id, as an application refers to it. */
    Optional<ServiceStandard> version(long versionId);

    /** Every version of a service, oldest first. */
    List<ServiceStandard> versions(String code);

    /** Current versions matching the query, ordered by code. */
    List<ServiceStandard> search(ServiceQuery query);

    List<LifeEvent> lifeEvents();

    /** A workflow of the register, checked at start-up. */
    Optional<Workflow> workflow(String code);
}
