package vn.motcua.kiosk.idcard;

import java.util.List;

/** The outcome of reading one QR payload: valid when there are no errors; warnings are for a human to look at. */
public record CccdResult(boolean valid, CccdFields fields, List<IdProblem> errors, List<IdProblem> warnings) {
}
