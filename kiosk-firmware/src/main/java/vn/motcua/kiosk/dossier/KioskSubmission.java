package vn.motcua.kiosk.dossier;

import java.util.List;
import java.util.Map;
import vn.motcua.client.Category;

/**
 * What the touch UI submits: the server's submission less what the kiosk adds itself (request id, the
 * upload ids of captured documents). {@code consentGiven} is true only for an explicit JSON true.
 */
public record KioskSubmission(String procedure, Map<String, String> declaration, List<Choice> documents,
                              boolean consentGiven, String consentTextVersion, Category category) {

    /** How one document is covered; an UPLOAD refers to the capture made for its position. */
    public record Choice(int position, String action) {
    }
}
