package vn.motcua.client.dossier;

import java.util.List;

/** GET /api/v1/dossiers: today's dossiers, newest first, without personal data. */
public record DossierList(List<DossierView> dossiers) {
}
