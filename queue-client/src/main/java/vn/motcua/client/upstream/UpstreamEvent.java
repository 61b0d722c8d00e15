package vn.motcua.client.upstream;

/**
 * id: the centre's outbox id, unique per centre, strictly increasing within a batch and across batches.
 * Exactly one fact is non-null, the one named by kind. at: epoch ms UTC. serviceDay: yyyy-MM-dd in Asia/Ho_Chi_Minh.
 */
public record UpstreamEvent(long id, UpstreamKind kind, long at, String serviceDay,
                            QueueFact queue, RatingFact rating, DossierFact dossier, ServiceFact service) {
}
