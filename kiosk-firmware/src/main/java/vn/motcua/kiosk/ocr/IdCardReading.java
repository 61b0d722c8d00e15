package vn.motcua.kiosk.ocr;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import vn.motcua.kiosk.idcard.IdProblem;
import vn.motcua.kiosk.idcard.MrzResult;

/**
 * What the OCR read off one face of an ID card.
 *
 * @param model      the card model recognised (null when none was)
 * @param side       FRONT or BACK
 * @param fields     the layout's fields: number, name, dateOfBirth (ISO yyyy-MM-dd), sex (Nam/Nữ), nationality,
 *                   placeOfOrigin, placeOfResidence, placeOfBirth, issueDate, expiryDate; null when not found
 * @param confidence 0..1 per field
 * @param toCheck    the fields under the threshold, for the citizen to check before they are used
 * @param byLabel    the fields whose value was found by its printed label (the others by position)
 * @param mrzLines   the back's MRZ as read and shaped (three lines of 30), for the chip's access key
 * @param mrz        the back's machine-readable zone, parsed and its check digits verified; null on a front
 * @param mismatches where the MRZ and the printed fields disagree
 * @param millis     time spent reading the image
 */
@JsonPropertyOrder({"model", "side", "fields", "confidence", "toCheck", "byLabel", "mrzLines", "mrz", "mismatches", "millis"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IdCardReading(CardModel model, CardSide side, Map<String, String> fields, Map<String, Double> confidence,
                            List<String> toCheck, List<String> byLabel, List<String> mrzLines, MrzResult mrz, List<IdProblem> mismatches,
                            long millis) {

    /** A front read by position alone (no model told apart). */
    public IdCardReading(Map<String, String> fields, Map<String, Double> confidence, List<String> toCheck, long millis) {
        this(null, null, fields, confidence, toCheck, null, null, null, null, millis);
    }

    /**
     * This reading with one field's value and confidence replaced by a second look's, the fields to check drawn
     * again against the threshold (a front's reading, as the second looks get it: no model, side or MRZ yet).
     */
    IdCardReading with(String field, String value, double fieldConfidence, double threshold) {
        Map<String, String> f = new java.util.LinkedHashMap<>(fields);
        f.put(field, value);
        Map<String, Double> c = new java.util.LinkedHashMap<>(confidence);
        c.put(field, fieldConfidence);
        return new IdCardReading(f, c, underThreshold(f, c, threshold), millis);
    }

    /** The fields whose confidence is under the threshold (none known counts as none): the citizen checks those. */
    static List<String> underThreshold(Map<String, String> fields, Map<String, Double> confidence, double threshold) {
        return fields.keySet().stream().filter(f -> confidence.getOrDefault(f, 0.0) < threshold).toList();
    }

    /** The MRZ's three lines joined by newlines, or null on a front. */
    public String mrzText() {
        return mrzLines == null ? null : String.join("\n", mrzLines);
    }
}
