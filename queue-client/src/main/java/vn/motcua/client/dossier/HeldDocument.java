package vn.motcua.client.dossier;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;

/**
 * One required document of a procedure and whether the citizen holds a digitised copy valid today;
 * the copy's name and dates only when held. Never the file's contents.
 */
public record HeldDocument(int position, String docType, boolean held,
                           @JsonInclude(JsonInclude.Include.NON_NULL) String name,
                           @JsonInclude(JsonInclude.Include.NON_NULL) OffsetDateTime digitisedAt,
                           @JsonInclude(JsonInclude.Include.NON_NULL) String validUntil) {

    public static HeldDocument notHeld(int position, String docType) {
        return new HeldDocument(position, docType, false, null, null, null);
    }
}
