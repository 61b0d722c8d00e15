package vn.motcua.server.rating;

/**
 * Optional reasons the visitor may tick. A fixed list rather than free text: free text would invite names
 * and phone numbers into a table that is kept for years.
 */
public enum Reason {
    WAIT_TOO_LONG("Chờ lâu", "Waited too long"),
    STAFF_ATTITUDE("Thái độ cán bộ", "Staff attitude"),
    UNCLEAR_GUIDANCE("Hướng dẫn chưa rõ", "Unclear guidance"),
    TOO_MANY_PAPERS("Yêu cầu nhiều giấy tờ", "Too many documents asked"),
    FACILITIES("Cơ sở vật chất", "Facilities"),
    FAST_SERVICE("Giải quyết nhanh", "Quick service"),
    FRIENDLY_STAFF("Cán bộ nhiệt tình", "Helpful staff");

    private final String vi;
    private final String en;

    Reason(String vi, String en) {
        this.vi = vi;
        this.en = en;
    }

    public String vi() {
        return vi;
    }

    public String en() {
        return en;
    }
}
