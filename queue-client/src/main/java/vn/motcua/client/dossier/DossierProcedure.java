package vn.motcua.client.dossier;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The procedure of a dossier as its view shows it; only the code when the catalogue no longer has it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DossierProcedure(String code, String nameVi, String nameEn, Integer processingDays, Long feeVnd,
                               String collectVi) {

    public static DossierProcedure unknown(String code) {
        return new DossierProcedure(code, null, null, null, null, null);
    }
}
