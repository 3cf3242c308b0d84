package org.onestop.ratings.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.onestop.catalog.Catalog;
import org.onestop.directory.Directory;
import org.onestop.kernel.Language;
import org.onestop.kernel.LocalizedText;
import org.springframework.stereotype.Component;

/** The name of a rated unit in the reader's language, from the directory and the register of services. */
@Component
class UnitNames {

    private final Directory directory;
    private final Catalog catalog;

    UnitNames(Directory directory, Catalog catalog) {
        this.directory = directory;
        this.catalog = catalog;
    }

    /** The unit's name, or its code when it is no longer in the directory or the register. */
    String name(Level level, String code, Language language) {
        Optional<LocalizedText> name = switch (level) {
            case BODY -> directory.body(code).map(b -> b.name());
            case REGION -> directory.region(code).map(r -> r.name());
            case CENTRE -> directory.centre(code).map(c -> c.name());
            case SERVICE -> catalog.current(code).map(s -> s.name());
            case REGION_SERVICE -> catalog.current(code.substring(code.indexOf('/') + 1)).map(s -> s.name());
        };
        return name.map(n -> n.in(language)).orElse(code);
    }

    /**
     * Names many units of one level: the centres are read from the directory once (one centre is a
     * read of its own), the other levels are held in memory anyway.
     */
    Function<String, String> of(Level level, Language language) {
        if (level != Level.CENTRE) {
            return code -> name(level, code, language);
        }
        Map<String, String> centres = centres(null, language);
        return code -> centres.getOrDefault(code, code);
    }

    /**
     * The centres of {@code region} (all centres for null) by code, each with its name in
     * {@code language}: one read of the directory.
     */
    Map<String, String> centres(String region, Language language) {
        Map<String, String> centres = new HashMap<>();
        directory.centres(region).forEach(c -> centres.put(c.code(), c.name().in(language)));
        return centres;
    }

    /** Whether the directory or the register knows the unit. */
    boolean exists(Level level, String code) {
        return switch (level) {
            case BODY -> directory.body(code).isPresent();
            case REGION -> directory.region(code).isPresent();
            case CENTRE -> directory.centre(code).isPresent();
            case SERVICE -> !catalog.versions(code).isEmpty();
            case REGION_SERVICE -> false;
        };
    }

    /** The region a unit belongs to, where it has one (a region is its own). */
    Optional<String> region(Level level, String code) {
        return switch (level) {
            case BODY -> directory.body(code).map(b -> b.regionCode());
            case REGION -> Optional.of(code);
            case CENTRE -> directory.centre(code).map(c -> c.regionCode());
            case SERVICE -> Optional.empty();
            case REGION_SERVICE -> Optional.of(code.substring(0, code.indexOf('/')));
        };
    }
}
