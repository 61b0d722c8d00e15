package vn.motcua.kiosk.dossier;

import java.time.OffsetDateTime;
import vn.motcua.client.dossier.DossierProcedure;
import vn.motcua.client.dossier.DossierTicket;
import vn.motcua.client.dossier.DossierView;

/** What the done screen gets: the filed dossier without its declaration, and whether the receipt printed. */
public record SubmitResult(Receipt dossier, boolean printed) {

    /** The code, dates and verification number; no declaration, name or documents. */
    public record Receipt(String code, String status, String statusVi, DossierProcedure procedure,
                          OffsetDateTime receivedAt, OffsetDateTime dueAt, String lookupUrl, DossierTicket ticket) {
        static Receipt of(DossierView d) {
            return new Receipt(d.code(), d.status(), d.statusVi(), d.procedure(), d.receivedAt(), d.dueAt(),
                    d.lookupUrl(), d.ticket());
        }
    }
}
