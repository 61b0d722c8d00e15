package vn.motcua.server.dossier;

/** Dossier states as the look-up shows them; RETURNED is final. */
public enum DossierStatus {
    RECEIVED("Đã tiếp nhận"),
    IN_PROCESSING("Đang xử lý"),
    SUPPLEMENT_REQUESTED("Yêu cầu bổ sung"),
    READY("Đã có kết quả"),
    RETURNED("Đã trả kết quả");

    private final String vi;

    DossierStatus(String vi) {
        this.vi = vi;
    }

    /** The Vietnamese wording shown to citizens and officers. */
    public String vi() {
        return vi;
    }
}
