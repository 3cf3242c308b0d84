package org.onestop.directory;

import java.util.List;
import java.util.Optional;
import org.onestop.kernel.Iin;

/** Reads the directory. Lists hold active entries only, ordered by code. */
public interface Directory {

    List<Region> regions();

    Optional<Region> region(String code);

    /** Bodies in a region ({@code null}: any) at a level ({@code null}: any). */
    List<StateBody> bodies(String regionCode, StateBody.Level level);

    Optional<StateBody> body(String code);

    /** The codes of this body and of every body below it, however deep. */
    java.util.Set<String> bodyAndSubordinates(String code);

    /** Centres in a region ({@code null}: all). */
    List<ServiceCentre> centres(String regionCode);

    Optional<ServiceCentre> centre(String code);

    Optional<CivilServant> servant(Iin iin);

    List<CivilServant> servantsOf(String bodyCode);
}
