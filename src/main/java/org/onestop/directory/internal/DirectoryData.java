package org.onestop.directory.internal;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onestop.directory.CivilServant;
import org.onestop.directory.OpeningHours;
import org.onestop.directory.Region;
import org.onestop.directory.ServiceCentre;
import org.onestop.directory.StaffRole;
import org.onestop.directory.StateBody;
import org.onestop.kernel.DomainException;
import org.onestop.kernel.Iin;
import org.onestop.kernel.LocalizedText;
import org.onestop.kernel.ReferenceDataException;

/**
 * The whole directory as the files describe it, checked: codes unique, every name in all three
 * languages, every reference resolvable, no body its own ancestor, every IIN valid. Bodies are
 * ordered parents first, so they can be stored in that order.
 */
record DirectoryData(List<Region> regions, List<StateBody> bodies, List<ServiceCentre> centres,
        List<CivilServant> servants) {

    /** A file as read, with the name to use in error messages. */
    record Source(String name, DirectoryFile content) {
    }

    static DirectoryData of(List<Source> sources) {
        Map<String, Region> regions = new LinkedHashMap<>();
        Map<String, StateBody> bodies = new LinkedHashMap<>();
        Map<String, ServiceCentre> centres = new LinkedHashMap<>();
        Map<String, CivilServant> servants = new LinkedHashMap<>();
        Map<String, String> bodyFiles = new LinkedHashMap<>();
        for (Source source : sources) {
            Check check = new Check(source.name());
            for (var entry : source.content().regions()) {
                check.unique(regions, entry.code(), "region", check.region(entry));
            }
            for (var entry : source.content().bodies()) {
                check.unique(bodies, entry.code(), "body", check.body(entry));
                bodyFiles.put(entry.code(), source.name());
            }
        }
        for (StateBody body : bodies.values()) {
            Check check = new Check(bodyFiles.get(body.code()));
            check.known(body.parentCode(), bodies, "body " + body.code() + " names unknown parent");
            check.known(body.regionCode(), regions, "body " + body.code() + " names unknown region");
        }
        for (Source source : sources) {
            Check check = new Check(source.name());
            for (var entry : source.content().centres()) {
                check.known(entry.region(), regions, "centre " + entry.code() + " names unknown region");
                check.unique(centres, entry.code(), "centre", check.centre(entry));
            }
            for (var entry : source.content().servants()) {
                CivilServant servant = check.servant(entry);
                check.known(entry.body(), bodies, "servant " + entry.iin() + " names unknown body");
                check.known(entry.centre(), centres, "servant " + entry.iin() + " names unknown centre");
                check.unique(servants, servant.iin().value(), "servant", servant);
            }
        }
        return new DirectoryData(List.copyOf(regions.values()), parentsFirst(bodies, bodyFiles),
                List.copyOf(centres.values()), List.copyOf(servants.values()));
    }

    private static List<StateBody> parentsFirst(Map<String, StateBody> bodies, Map<String, String> files) {
        List<StateBody> ordered = new ArrayList<>();
        Set<String> placed = new java.util.HashSet<>();
        for (StateBody body : bodies.values()) {
            place(body, bodies, placed, ordered, new java.util.HashSet<>(), files);
        }
        return List.copyOf(ordered);
    }

    private static void place(StateBody body, Map<String, StateBody> bodies, Set<String> placed,
            List<StateBody> ordered, Set<String> path, Map<String, String> files) {
        if (placed.contains(body.code())) {
            return;
        }
        if (!path.add(body.code())) {
            throw new ReferenceDataException(files.get(body.code()), "body " + body.code() + " is its own ancestor");
        }
        if (body.parentCode() != null) {
            place(bodies.get(body.parentCode()), bodies, placed, ordered, path, files);
        }
        placed.add(body.code());
        ordered.add(body);
    }

    /** The checks of one file; each failure names the file. */
    private record Check(String file) {

        <T> void unique(Map<String, T> seen, String code, String what, T value) {
            if (seen.putIfAbsent(code, value) != null) {
                throw fail(what + " " + code + " appears twice");
            }
        }

        void known(String code, Map<String, ?> known, String problem) {
            if (code != null && !known.containsKey(code)) {
                throw fail(problem + " " + code);
            }
        }

        Region region(DirectoryFile.RegionEntry entry) {
            String what = "region " + required(entry.code(), "a region needs a code");
            return new Region(entry.code(), required(entry.kind(), what + " needs a kind"),
                    complete(entry.name(), what + " name"), complete(entry.seat(), what + " seat"));
        }

        StateBody body(DirectoryFile.BodyEntry entry) {
            String what = "body " + required(entry.code(), "a body needs a code");
            return new StateBody(entry.code(), required(entry.kind(), what + " needs a kind"),
                    required(entry.level(), what + " needs a level"), entry.parent(), entry.region(),
                    complete(entry.name(), what + " name"));
        }

        ServiceCentre centre(DirectoryFile.CentreEntry entry) {
            String what = "centre " + required(entry.code(), "a centre needs a code");
            List<OpeningHours> week = new ArrayList<>();
            Set<java.time.DayOfWeek> days = EnumSet.noneOf(java.time.DayOfWeek.class);
            for (var hours : required(entry.hours(), what + " needs opening hours")) {
                for (String day : required(hours.days(), what + " hours need days")) {
                    try {
                        OpeningHours open = new OpeningHours(WeeklyHours.day(day), time(hours.opens(), what),
                                time(hours.closes(), what));
                        if (!days.add(open.day())) {
                            throw fail(what + " lists " + open.day() + " twice");
                        }
                        week.add(open);
                    } catch (IllegalArgumentException e) {
                        throw fail(what + ": " + e.getMessage());
                    }
                }
            }
            week.sort(java.util.Comparator.comparing(OpeningHours::day));
            return new ServiceCentre(entry.code(), entry.region(), complete(entry.name(), what + " name"),
                    complete(entry.address(), what + " address"), entry.phone(), week);
        }

        CivilServant servant(DirectoryFile.ServantEntry entry) {
            Iin iin;
            try {
                iin = Iin.parse(entry.iin());
            } catch (DomainException e) {
                throw fail("servant IIN " + entry.iin() + " is not valid: " + e.getMessage());
            }
            String what = "servant " + iin;
            Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
            for (String role : required(entry.roles(), what + " needs roles")) {
                try {
                    roles.add(StaffRole.valueOf(role));
                } catch (IllegalArgumentException e) {
                    throw fail(what + " has unknown role " + role);
                }
            }
            if (roles.isEmpty()) {
                throw fail(what + " needs roles");
            }
            if (roles.contains(StaffRole.OPERATOR) && entry.centre() == null) {
                throw fail(what + " is an operator but names no centre");
            }
            return new CivilServant(iin, required(entry.lastName(), what + " needs a last name"),
                    required(entry.firstName(), what + " needs a first name"), entry.middleName(),
                    required(entry.body(), what + " needs a body"), entry.centre(),
                    complete(entry.position(), what + " position"),
                    entry.category(), roles);
        }

        private LocalTime time(String text, String what) {
            try {
                return LocalTime.parse(required(text, what + " hours need opening and closing times"));
            } catch (DateTimeParseException e) {
                throw fail(what + ": '" + text + "' is not a time of day (HH:MM)");
            }
        }

        private LocalizedText complete(LocalizedText text, String what) {
            if (text == null) {
                throw fail(what + " is missing");
            }
            if (!text.isComplete()) {
                throw fail(what + " lacks a translation (kk, ru and en are all required)");
            }
            return text;
        }

        private <T> T required(T value, String problem) {
            if (value == null) {
                throw fail(problem);
            }
            return value;
        }

        private ReferenceDataException fail(String problem) {
            return new ReferenceDataException(file, problem);
        }
    }
}
