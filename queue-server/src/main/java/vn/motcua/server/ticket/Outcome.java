package vn.motcua.server.ticket;

/** How a service ended: the dossier received, a supplement requested, refused, or information only. */
public enum Outcome {
    RECEIVED, SUPPLEMENT_REQUESTED, REFUSED, INFO_ONLY
}
