package vn.motcua.client.upstream;

/** Which fact an {@link UpstreamEvent} carries. */
public enum UpstreamKind { QUEUE, RATING, DOSSIER, SERVICE }
