package vn.motcua.kiosk.dossier;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** One visitor's dossier in progress: the card read for it and the documents captured so far. */
final class DossierSession {
    final String requestId = UUID.randomUUID().toString();
    Identity identity;
    final Map<Integer, Long> uploads = new HashMap<>();
    long touched;

    DossierSession(long now) {
        this.touched = now;
    }
}
