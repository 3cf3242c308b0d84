package org.onestop.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.stream.Collectors;
import org.onestop.directory.CivilServant;
import org.onestop.directory.Region;
import org.onestop.directory.ServiceCentre;
import org.onestop.directory.StaffRole;
import org.onestop.directory.StateBody;
import org.onestop.kernel.Iin;
import org.onestop.kernel.LocalizedText;

/** Maps directory rows to the directory's records; shared by reads and by the loader. */
final class DirectoryRows {

    static final String REGION_COLUMNS = "code, kind, name_kk, name_ru, name_en, seat_kk, seat_ru, seat_en, active";
    static final String BODY_COLUMNS = "code, kind, level, parent_code, region_code, name_kk, name_ru, name_en, active";
    static final String CENTRE_COLUMNS =
            "code, region_code, name_kk, name_ru, name_en, address_kk, address_ru, address_en, phone, hours, active";
    static final String SERVANT_COLUMNS = "iin, last_name, first_name, middle_name, body_code, centre_code, "
            + "position_kk, position_ru, position_en, category, roles, active";

    private DirectoryRows() {
    }

    static Region region(ResultSet rs, int row) throws SQLException {
        return new Region(rs.getString("code"), Region.Kind.valueOf(rs.getString("kind")), text(rs, "name"),
                text(rs, "seat"));
    }

    static StateBody body(ResultSet rs, int row) throws SQLException {
        return new StateBody(rs.getString("code"), StateBody.Kind.valueOf(rs.getString("kind")),
                StateBody.Level.valueOf(rs.getString("level")), rs.getString("parent_code"),
                rs.getString("region_code"), text(rs, "name"));
    }

    static ServiceCentre centre(ResultSet rs, int row) throws SQLException {
        return new ServiceCentre(rs.getString("code"), rs.getString("region_code"), text(rs, "name"),
                text(rs, "address"), rs.getString("phone"), WeeklyHours.parse(rs.getString("hours")));
    }

    static CivilServant servant(ResultSet rs, int row) throws SQLException {
        EnumSet<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        Arrays.stream(rs.getString("roles").split(",")).map(StaffRole::valueOf).forEach(roles::add);
        return new CivilServant(new Iin(rs.getString("iin")), rs.getString("last_name"), rs.getString("first_name"),
                rs.getString("middle_name"), rs.getString("body_code"), rs.getString("centre_code"),
                text(rs, "position"), rs.getString("category"), roles);
    }

    /** Roles as stored: names in declaration order, comma-separated. */
    static String roles(CivilServant servant) {
        return servant.roles().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    private static LocalizedText text(ResultSet rs, String column) throws SQLException {
        return new LocalizedText(rs.getString(column + "_kk"), rs.getString(column + "_ru"), rs.getString(column + "_en"));
    }
}
