package vn.motcua.server.report;

/** The level of a one-stop centre and its yearly norm of dossiers received per officer. */
public enum CentreLevel {
    MINISTRY(2000, "Bộ, ngành", "Ministry"),
    CENTRAL_CITY(1800, "Thành phố trực thuộc trung ương", "Centrally-run city"),
    PROVINCE(1600, "Tỉnh", "Other province"),
    RURAL(1200, "Nông thôn", "Rural"),
    REMOTE(800, "Vùng sâu, vùng xa", "Remote");

    private final int norm;
    private final String vi;
    private final String en;

    CentreLevel(int norm, String vi, String en) {
        this.norm = norm;
        this.vi = vi;
        this.en = en;
    }

    public int norm() {
        return norm;
    }

    public String vi() {
        return vi;
    }

    public String en() {
        return en;
    }
}
