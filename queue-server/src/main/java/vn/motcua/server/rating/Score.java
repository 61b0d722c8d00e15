package vn.motcua.server.rating;

/** The four answers of the counter tablet, best first; the first two count as satisfied. */
public enum Score {
    VERY_SATISFIED("Rất hài lòng", "Very satisfied"),
    SATISFIED("Hài lòng", "Satisfied"),
    NEUTRAL("Bình thường", "Neutral"),
    DISSATISFIED("Không hài lòng", "Dissatisfied");

    private final String vi;
    private final String en;

    Score(String vi, String en) {
        this.vi = vi;
        this.en = en;
    }

    public boolean satisfied() {
        return this == VERY_SATISFIED || this == SATISFIED;
    }

    public String vi() {
        return vi;
    }

    public String en() {
        return en;
    }
}
