package vn.motcua.kiosk.ocr;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * What the OCR read off the front of an ID card.
 *
 * @param fields     number, name, dateOfBirth (ISO yyyy-MM-dd), sex (Nam/Nữ), nationality, placeOfOrigin,
 *                   placeOfResidence; null when not found
 * @param confidence 0..1 per field
 * @param toCheck    the fields under the threshold, for the citizen to check before they are used
 * @param millis     time spent reading the image
 */
@JsonPropertyOrder({"fields", "confidence", "toCheck", "millis"})
public record IdCardReading(Map<String, String> fields, Map<String, Double> confidence, List<String> toCheck,
                            long millis) {
}
