package vn.motcua.kiosk.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.motcua.kiosk.idcard.CardValidity;
import vn.motcua.kiosk.idcard.IdProblem;
import vn.motcua.kiosk.idcard.MrzFields;

/**
 * The printed fields against a valid MRZ (whose check digits hold, so it is the surer of the two): the
 * personal number, birth date, sex, expiry and the name without marks. A mismatch is shown to the
 * citizen, never silently resolved.
 */
public final class MrzCrossCheck {
    private MrzCrossCheck() {
    }

    /** @param mrz the fields of a valid MRZ (every check digit holding) */
    public static List<IdProblem> compare(Map<String, String> printed, MrzFields mrz) {
        List<IdProblem> out = new ArrayList<>();
        differs(out, "number", printed.get("number"), mrz.personalNumber());
        differs(out, "dateOfBirth", printed.get("dateOfBirth"), str(mrz.dateOfBirth()));
        // a valid MRZ without an expiry date has fillers there: the card never expires
        differs(out, "expiryDate", printed.get("expiryDate"),
                mrz.expiryDate() == null ? CardValidity.NEVER_EXPIRES : mrz.expiryDate().toString());
        String sex = printed.get("sex");
        if (sex != null && mrz.sex() != null && !(sex.equals("Nữ") ? "F" : "M").equals(mrz.sex())) {
            out.add(new IdProblem("sex", "MRZ_MISMATCH", "the printed sex differs from the MRZ"));
        }
        String name = printed.get("name");
        if (name != null && mrz.surname() != null) {
            String mrzName = (mrz.surname() + " " + (mrz.givenNames() == null ? "" : mrz.givenNames())).strip();
            String folded = Fold.fold(name).toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z ]", " ")
                    .replaceAll("\\s+", " ").strip();
            if (!folded.equals(mrzName)) {
                out.add(new IdProblem("name", "MRZ_MISMATCH", "the printed name differs from the MRZ's"));
            }
        }
        return out;
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private static void differs(List<IdProblem> out, String field, String printed, String mrz) {
        if (printed != null && mrz != null && !printed.equals(mrz)) {
            out.add(new IdProblem(field, "MRZ_MISMATCH", "the printed " + field + " differs from the MRZ"));
        }
    }
}
