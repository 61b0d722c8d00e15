package vn.motcua.kiosk.cardreader;

import java.time.LocalDate;
import java.util.Optional;
import vn.motcua.kiosk.idcard.CardValidity;

/** Made-up card holders for chip tests (no real person). */
final class Holders {
    private Holders() {
    }

    static ChipFields an() {
        LocalDate birth = LocalDate.of(1990, 3, 15);
        LocalDate issue = LocalDate.of(2021, 7, 1);
        Optional<LocalDate> expiry = CardValidity.expiry(birth, issue);
        return new ChipFields("001090012345", "Nguyễn Văn An", birth.toString(), "Nam", "Việt Nam", "Kinh", "Không",
                "Xã Đông Anh, Hà Nội", "Số 12 phố Hàng Bạc, Phường Hoàn Kiếm, Hà Nội", "Nốt ruồi cách 2 cm dưới mép trái",
                issue.toString(), expiry.map(LocalDate::toString).orElse(null), "012345678", "Nguyễn Văn Bình", "Trần Thị Chi");
    }

    /** A holder whose card was issued at 58: it never expires, and its MRZ's expiry is fillers. */
    static ChipFields elderly() {
        return new ChipFields("001058012345", "Trần Thị Mai", "1958-03-12", "Nữ", "Việt Nam", "Kinh", "Không",
                "Xã Hải Hậu, Ninh Bình", "Xóm 3, Xã Hải Hậu, Ninh Bình", "Sẹo chấm cách 1 cm trên đuôi mắt phải",
                "2021-08-12", null, "162345678", "Trần Văn Bảy", "Lê Thị Tám");
    }

    static AccessKey keyOf(ChipFields f) {
        return AccessKey.of(f.number().substring(3), LocalDate.parse(f.dateOfBirth()),
                Optional.ofNullable(f.expiryDate()).map(LocalDate::parse));
    }
}
