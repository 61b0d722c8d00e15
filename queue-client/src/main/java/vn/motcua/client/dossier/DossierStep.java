package vn.motcua.client.dossier;

import java.time.OffsetDateTime;

/** One status change of a dossier, in the order they happened. */
public record DossierStep(OffsetDateTime at, String status, String statusVi) {
}
