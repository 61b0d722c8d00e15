package vn.motcua.kiosk.cardreader;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import vn.motcua.kiosk.idcard.MrzFields;

/**
 * What a chip said and how far it can be trusted.
 *
 * @param bytesRead  bytes of each file read (COM, DG1, DG2, DG13, SOD), for the bench's radio-time estimate
 * @param otherFields DG13 fields with ids this kiosk does not interpret
 * @param resumes    how often reading went on after the card was lifted
 */
@JsonPropertyOrder({"fields", "mrz", "accessControl", "passiveAuthentication", "face"})
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ChipReading(ChipFields fields, MrzFields mrz, AccessControl accessControl,
                          PassiveAuthentication passiveAuthentication, Face face,
                          Map<String, Integer> bytesRead, Map<Integer, List<String>> otherFields, int resumes) {

    public enum AccessControl { PACE, BAC }

    /** What failed in passive authentication, beside the bare status the CLI contract pins. */
    @JsonProperty("passiveAuthenticationDetail")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public String passiveAuthenticationDetail() {
        return passiveAuthentication.detail();
    }

    /**
     * The face photo (DG2): shown on the officer's panel when the flow needs it, never stored or logged;
     * serialised as its format and size only.
     */
    @JsonPropertyOrder({"format", "bytes"})
    public record Face(String format, @JsonIgnore byte[] image) {
        @JsonProperty("bytes")
        public int size() {
            return image.length;
        }

        @Override
        public String toString() {
            return "Face[" + format + ", " + image.length + " bytes]";
        }
    }
}
