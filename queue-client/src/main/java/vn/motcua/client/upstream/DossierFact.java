package vn.motcua.client.upstream;

/** A dossier's status as it changed: its code, service, procedure and due time (epoch ms), never the applicant. */
public record DossierFact(String code, String service, String procedure, String status, Long dueAt) {
}
