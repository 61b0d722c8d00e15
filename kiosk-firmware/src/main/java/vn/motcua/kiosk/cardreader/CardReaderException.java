package vn.motcua.kiosk.cardreader;

/**
 * Reading a chip failed. The message is English for IT staff (no personal data); {@link #citizenMessage()}
 * is the Vietnamese sentence the kiosk shows.
 */
public final class CardReaderException extends RuntimeException {
    /** What went wrong, and so what the CLI exits with and the kiosk asks for. */
    public enum Kind {
        NO_READER(2, "Không tìm thấy đầu đọc thẻ. Vui lòng báo cán bộ hỗ trợ."),
        NO_CARD(2, "Chưa thấy thẻ trên đầu đọc. Vui lòng đặt thẻ lên đầu đọc."),
        KEY_REFUSED(1, "Chip không chấp nhận khoá truy cập: kiểm tra lại thẻ (số định danh, ngày sinh, ngày hết hạn)."),
        CARD_LIFTED(2, "Thẻ đã bị nhấc ra trước khi đọc xong. Vui lòng đặt lại thẻ và giữ yên."),
        CARD_ERROR(3, "Không đọc được dữ liệu trên chip. Vui lòng thử lại hoặc dùng mã QR."),
        /** The kiosk called the read off (the citizen skipped the chip step); nothing of it is used. */
        CANCELLED(2, "Đã bỏ qua bước đọc chip.");

        private final int exitCode;
        private final String citizenMessage;

        Kind(int exitCode, String citizenMessage) {
            this.exitCode = exitCode;
            this.citizenMessage = citizenMessage;
        }

        public int exitCode() {
            return exitCode;
        }
    }

    private final Kind kind;

    public CardReaderException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public CardReaderException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public String citizenMessage() {
        return kind.citizenMessage;
    }
}
