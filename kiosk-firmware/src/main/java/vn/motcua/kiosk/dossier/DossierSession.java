package vn.motcua.kiosk.dossier;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import vn.motcua.kiosk.idcard.CccdFields;

/** One visitor's dossier in progress: the card read for it and the documents captured so far. */
final class DossierSession {
    final String requestId = UUID.randomUUID().toString();
    Identity identity;
    /** The QR scanned in this session, kept to key the chip; null once identified otherwise. */
    CccdFields qr;
    /** The server's token for {@link #identity}, asked for when first needed; a new card read drops it. */
    String identityToken;
    /** The chip read under way for this session, if any: skipping the chip step or ending the session calls it off. */
    vn.motcua.kiosk.cardreader.ReadCancel chipRead;
    final Map<Integer, Long> uploads = new HashMap<>();
    long touched;

    DossierSession(long now) {
        this.touched = now;
    }

    /** Calls off the chip read under way, if any; its result, should it still come, is not used. */
    void cancelChipRead() {
        if (chipRead != null) {
            chipRead.cancel();
            chipRead = null;
        }
    }
}
