package vn.motcua.client.dossier;

import java.util.List;

/** The answer to a {@link HeldQuery}, one entry per document of the procedure in its order. */
public record HeldDocuments(List<HeldDocument> documents) {
}
