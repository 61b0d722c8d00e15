package vn.motcua.server.dossier;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import vn.motcua.server.http.ApiException;
import vn.motcua.server.settings.CentreSettings;
import vn.motcua.server.storage.Sql;

/**
 * Dossier codes {@code <agency code>-YYMMDD-NNNN} (Circular 01/2018 art. 19, kept by Circular 03/2025):
 * the agency code of Decision 20/2020/QĐ-TTg and a sequence of the day. Both the agency code and the
 * sequence width are settings ({@code dossier_agency_code}, {@code dossier_sequence_width}).
 */
public final class DossierCodes {
    public static final String AGENCY_SETTING = "dossier_agency_code";
    public static final String WIDTH_SETTING = "dossier_sequence_width";
    /** Demo value only: the province's real code comes from Decision 20/2020 and goes in the setting. */
    public static final String DEFAULT_AGENCY = "H27.99";
    static final Pattern AGENCY = Pattern.compile("[A-Z0-9]{1,10}(\\.[A-Z0-9]{1,10}){0,6}");
    public static final Pattern CODE = Pattern.compile("[A-Z0-9.]{1,60}-\\d{6}-\\d{4,6}");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    private final CentreSettings settings;

    public DossierCodes(CentreSettings settings) {
        this.settings = settings;
    }

    public String agency(Connection c) throws SQLException {
        return settings.get(c, AGENCY_SETTING).orElse(DEFAULT_AGENCY);
    }

    int width(Connection c) throws SQLException {
        return settings.get(c, WIDTH_SETTING).map(Integer::parseInt).orElse(4);
    }

    public String next(Connection c, LocalDate day) throws SQLException {
        String agency = agency(c);
        String d = day.format(DAY);
        int last = Sql.one(c, "SELECT last_value FROM dossier_sequence WHERE agency_code = ? AND day = ?",
                rs -> rs.getInt(1), agency, d).orElse(0);
        int width = width(c);
        int next = last + 1;
        if (String.valueOf(next).length() > width) {
            throw new ApiException(409, "codes_exhausted", "Đã hết số hồ sơ trong ngày / no dossier codes left today");
        }
        if (last == 0) {
            Sql.update(c, "INSERT INTO dossier_sequence (agency_code, day, last_value) VALUES (?, ?, ?)", agency, d, next);
        } else {
            Sql.update(c, "UPDATE dossier_sequence SET last_value = ? WHERE agency_code = ? AND day = ?", next, agency, d);
        }
        return agency + "-" + d + "-" + String.format("%0" + width + "d", next);
    }

    public void configure(Connection c, String agency, Integer width) throws SQLException {
        if (agency != null) {
            if (!AGENCY.matcher(agency).matches()) {
                throw ApiException.badRequest("invalid_field", "Mã cơ quan không hợp lệ / field 'agencyCode' must be "
                        + "dot-separated groups of capitals and digits, e.g. H26.22.16");
            }
            settings.put(c, AGENCY_SETTING, agency);
        }
        if (width != null) {
            if (width < 4 || width > 6) {
                throw ApiException.badRequest("invalid_field", "Độ dài số thứ tự 4..6 / field 'sequenceWidth' must be 4..6");
            }
            settings.put(c, WIDTH_SETTING, String.valueOf(width));
        }
    }
}
