package vn.motcua.kiosk.cardreader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import vn.motcua.kiosk.idcard.CccdQrParser;
import vn.motcua.kiosk.idcard.MrzParser;

class AccessKeyTest {
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-12-01T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    @Test
    void fromTheQrTheDocumentNumberIsTheLast9DigitsAndTheExpiryFollowsTheRule() {
        var qr = new CccdQrParser(TODAY).parse("001090012345|012345678|Nguyễn Văn An|15031990|Nam|Số 12 phố Hàng Bạc, Hà Nội|01072021");
        AccessKey key = AccessKey.fromQr(qr.fields());
        assertThat(key).isEqualTo(new AccessKey("090012345", "900315", "300315"));
        assertThat(key.toString()).doesNotContain("090012345");
    }

    @Test
    void aCardIssuedFrom58OnHasNoExpiryInItsKey() {
        var qr = new CccdQrParser(TODAY).parse("036058000777||Trần Văn Bảy|01011958|Nam|Xóm 3, Xã Hải Hậu, Ninh Bình|20032021");
        assertThat(AccessKey.fromQr(qr.fields()).dateOfExpiry()).isEqualTo("<<<<<<");
        assertThat(AccessKey.fromQr(qr.fields()).mrzInformation()).endsWith("<<<<<<0");
    }

    @Test
    void fromTheMrzAndTheQrTheKeyIsTheSame() {
        String mrz = "IDVNM0900123454001090012345<<3\n9003151M3003152VNM<<<<<<<<<<<6\nNGUYEN<<VAN<AN<<<<<<<<<<<<<<<<";
        var parsed = new MrzParser(TODAY).parse(mrz);
        var qr = new CccdQrParser(TODAY).parse("001090012345|012345678|Nguyễn Văn An|15031990|Nam|Số 12 phố Hàng Bạc, Hà Nội|01072021");
        assertThat(AccessKey.fromMrz(parsed.fields())).isEqualTo(AccessKey.fromQr(qr.fields()));
    }

    @Test
    void aCardThatNeverExpiresGivesTheSameKeyFromItsMrzAsFromItsQr() {
        // issued at 58: the MRZ's expiry all fillers, its check digit '0' or '<'
        var qr = new CccdQrParser(TODAY).parse("001058012345||Trần Thị Mai|12031958|Nữ|Xóm 3, Xã Hải Hậu, Ninh Bình|12082021");
        for (String check : new String[]{"0", "<"}) {
            String mrz = "IDVNM05801234560010580123457<<\n5803125F<<<<<<" + check + "VNM<<<<<<<<<<<2\nTRAN<<THI<MAI<<<<<<<<<<<<<<<<<";
            var parsed = new MrzParser(TODAY).parse(mrz);
            assertThat(parsed.valid()).as(check).isTrue();
            assertThat(AccessKey.fromMrz(parsed.fields())).isEqualTo(AccessKey.fromQr(qr.fields()));
        }
    }

    @Test
    void aQrWithoutIssueDateCannotGiveAKey() {
        var fields = new vn.motcua.kiosk.idcard.CccdFields("001090012345", null, "An", java.time.LocalDate.of(1990, 3, 15),
                "Nam", "x", null, null, null);
        assertThatThrownBy(() -> AccessKey.fromQr(fields)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("issue date");
    }
}
