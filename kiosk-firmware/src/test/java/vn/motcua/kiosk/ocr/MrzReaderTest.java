package vn.motcua.kiosk.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.kiosk.idcard.MrzParser;
import vn.motcua.kiosk.idcard.MrzResult;

/** The MRZ lines as OCR gives them, shaped into TD1 and mended by their own check digits. */
class MrzReaderTest {
    private final MrzParser parser = new MrzParser(Clock.fixed(Instant.parse("2026-12-01T03:00:00Z"),
            ZoneId.of("Asia/Ho_Chi_Minh")));
    /** A made-up holder's MRZ, written with its check digits the way the card printer does. */
    private final String good = CardPerson.of(9100, CardModel.CCCD_2021).mrz();
    private final String[] l = good.split("\n");

    private String read(String l1, String l2, String l3) {
        return MrzReader.shaped(l1, l2, l3);
    }

    private static String at(String s, int i, char c) {
        return s.substring(0, i) + c + s.substring(i + 1);
    }

    @Test
    void theTestLinesAreAValidMrz() {
        assertThat(parser.parse(good).valid()).isTrue();
    }

    @Test
    void lettersInDigitPlacesAFillerLostAndTheOpeningMisreadAreShapedBack() {
        // as read off a degraded card: T for I, O for a 0 digit, one filler dropped before the composite digit
        String l1 = "T" + l[0].substring(1);
        String l2 = l[1].replaceFirst("0", "O").replaceFirst("<", "");
        assertThat(read(l1, l2, l[2].replaceFirst("<+$", ""))).isEqualTo(good);
        // a filler read as K after the given name: no Vietnamese syllable ends in K
        assertThat(read(l[0], l[1], l[2].replaceFirst("(?<=[A-Z])<", "K")).split("\n")[2]).isEqualTo(l[2]);
        assertThat(MrzReader.shape("NGUYEN<<KHANH<LINH", 3)).startsWith("NGUYEN<<KHANH<LINH<");
    }

    @Test
    void oneConfusedDigitIsMendedByItsCheckDigitOnlyWhenOneChangeFits() {
        // a birth-date digit misread as a confusable one: the check digit picks the one change that fits
        char c = l[1].charAt(3);
        char wrong = c == '8' ? '3' : c == '3' ? '8' : c == '0' ? '8' : c == '1' ? '7' : c == '7' ? '1' : c == '6' ? '8'
                : c == '9' ? '3' : c == '5' ? '6' : c == '2' ? '7' : '1';
        MrzResult mended = parser.parse(read(l[0], at(l[1], 3, wrong), l[2]));
        assertThat(mended.valid()).as(mended.errors().toString()).isTrue();
        assertThat(mended.fields()).isEqualTo(parser.parse(good).fields());
        // the document number mended from the personal number's last nine digits
        MrzResult fromPersonal = parser.parse(read(at(l[0], 7, l[0].charAt(7) == '4' ? '5' : '4'), l[1], l[2]));
        assertThat(fromPersonal.valid()).isTrue();
        // letters where digits must be and nothing fits: no guess, the check fails
        MrzResult broken = parser.parse(read(l[0], "XX" + l[1].substring(2, 4) + "XX" + l[1].substring(6), l[2]));
        assertThat(broken.valid()).isFalse();
    }

    @Test
    void aFillerOrALetterTheOcrDoubledInTheNameIsReadOnce() {
        assertThat(MrzReader.shape("VU<<HUU<XUAN<<LINH<<<<<<<<<<<<", 3)).isEqualTo("VU<<HUU<XUAN<LINH<<<<<<<<<<<<<");
        assertThat(MrzReader.shape("HUYNH<<HUU<GIIANG<<<<<<<<<<<<<", 3)).isEqualTo("HUYNH<<HUU<GIANG<<<<<<<<<<<<<<");
        assertThat(MrzReader.shape("HUYNH<<HUU<GI1ANG<<<<<<<<<<<<<", 3)).as("a 1 for the I twice").isEqualTo("HUYNH<<HUU<GIANG<<<<<<<<<<<<<<");
        // HỮU's two Us, the surname's own "<<" and a name ending at the line's end are as printed
        assertThat(MrzReader.shape("NGUYEN<<HUU<THANH<<<<<<<<<<<<<", 3)).isEqualTo("NGUYEN<<HUU<THANH<<<<<<<<<<<<<");
        assertThat(MrzReader.shape("TON<THAT<<MINH<QUANG<PHUONG<AN", 3)).isEqualTo("TON<THAT<<MINH<QUANG<PHUONG<AN");
    }

    @Test
    void aFillerReadAsKBetweenTwoWordsOfTheNameIsAFillerAgain() {
        assertThat(MrzReader.shape("VO<<DUCKVY<<<<<<<<<<<<<<<<<<<<", 3)).isEqualTo("VO<<DUC<VY<<<<<<<<<<<<<<<<<<<<");
        assertThat(MrzReader.shape("LE<<THIKANH<<<<<<<<<<<<<<<<<<<", 3)).isEqualTo("LE<<THI<ANH<<<<<<<<<<<<<<<<<<<");
        // after a syllable's first consonant only, the K is a speck, not a filler
        assertThat(MrzReader.shape("HO<<KIM<XKUAN<HANH<<<<<<<<<<<<", 3)).isEqualTo("HO<<KIM<XUAN<HANH<<<<<<<<<<<<<");
        // a K that opens a syllable (KH, KI, KE, KY) or a word stays
        assertThat(MrzReader.shape("DO<<KHANH<KIEU<KY<<<<<<<<<<<<<", 3)).isEqualTo("DO<<KHANH<KIEU<KY<<<<<<<<<<<<<");
        assertThat(MrzReader.shape("KSOR<<H<BIA<<<<<<<<<<<<<<<<<<<", 3)).isEqualTo("KSOR<<H<BIA<<<<<<<<<<<<<<<<<<<");
    }

    @Test
    void specksReadAsLettersInTheNameOrAfterItAreDropped() {
        assertThat(MrzReader.shape("VO<<K<KIM<VY<<<<<<<<K<K<B<<<<<", 3)).isEqualTo("VO<<KIM<VY<<<<<<<<<<<<<<<<<<<<");
        assertThat(MrzReader.shape("VO<<KIM<VY<<<<<<<<K<K<<<<<<<<<", 3)).isEqualTo("VO<<KIM<VY<<<<<<<<<<<<<<<<<<<<");
        // a one-letter word of a vowel, or H before an Ê Đê name, is a name's
        assertThat(MrzReader.shape("LE<<THI<A<VY<<<<<<<<<<<<<<<<<<", 3)).isEqualTo("LE<<THI<A<VY<<<<<<<<<<<<<<<<<<");
        assertThat(MrzReader.shape("NIE<<H<BIA<<<<<<<<<<<<<<<<<<<<", 3)).isEqualTo("NIE<<H<BIA<<<<<<<<<<<<<<<<<<<<");
    }

    /**
     * As Tesseract read D's backs with the MRZ in OCR-B itself (-Docr.dOcrB, seeds 9900 and 10000): its filler read as
     * "&lt;K", an O read twice, the guilloche after the names' padding read as letters. A K that opens a syllable (KHANH,
     * KHƯU, KIỀU, KỲ), or a minority name's cluster (KSOR, KPĂ, KBUÔR), is the name's; so is "OO" before NG or C.
     */
    @ParameterizedTest
    @CsvSource({
        "MAI<<THANH<KLINH<<<<<<<<<<<<<<, MAI<<THANH<LINH<<<<<<<<<<<<<<<",
        "TO<<THANH<KAN<<<<<<<<<<<<<<<<<, TO<<THANH<AN<<<<<<<<<<<<<<<<<<",
        "VU<<KIM<HUU<KQUAN<K<<<<<<<<<<<, VU<<KIM<HUU<QUAN<<<<<<<<<<<<<<",
        "VU<K<QUOC<<VY<<<<<<<<<<<<<<<<<, VU<<QUOC<VY<<<<<<<<<<<<<<<<<<<",
        "DO<<THANH<XUAN<KSON<X<<<<<<<<<, DO<<THANH<XUAN<SON<<<<<<<<<<<<",
        "DANG<<MINH<KYEN<<<<<<<<<<<<<<<, DANG<<MINH<YEN<<<<<<<<<<<<<<<<",
        "LE<<MINH<KDUC<<<<<<<<<<<<<<<<<, LE<<MINH<DUC<<<<<<<<<<<<<<<<<<",
        "TO<<DUC<TAM<K<<<<<<KE<KE<<<<<<, TO<<DUC<TAM<<<<<<<<<<<<<<<<<<<",
        "HO<<XUAN<KBA0<K<<<<<<<<SSE<<<<, HO<<XUAN<BAO<<<<<<<<<<<<<<<<<<",
        "HOO<<QUOC<VY<<<<<<<<<<<<<<<<<<, HO<<QUOC<VY<<<<<<<<<<<<<<<<<<<",
        "VU<K<QUOOC<<SON<<<<<<<<<<<<<<<, VU<<QUOC<SON<<<<<<<<<<<<<<<<<<",
        "HO<<KIM<KHANH<<<<<<<<<<<<<<<<<, HO<<KIM<KHANH<<<<<<<<<<<<<<<<<",
        "VU<<KIM<KHUU<QUAN<<<<<<<<<<<<<, VU<<KIM<KHUU<QUAN<<<<<<<<<<<<<",
        "DO<<KHANH<KIEU<KY<<<<<<<<<<<<<, DO<<KHANH<KIEU<KY<<<<<<<<<<<<<",
        "Y<<NUEN<KSOR<<<<<<<<<<<<<<<<<<, Y<<NUEN<KSOR<<<<<<<<<<<<<<<<<<",
        "H<<LINH<KPA<<<<<<<<<<<<<<<<<<<, H<<LINH<KPA<<<<<<<<<<<<<<<<<<<",
        "Y<<SIU<KBUOR<<<<<<<<<<<<<<<<<<, Y<<SIU<KBUOR<<<<<<<<<<<<<<<<<<",
        "VOONG<<A<SOOC<<<<<<<<<<<<<<<<<, VOONG<<A<SOOC<<<<<<<<<<<<<<<<<",
        "DO<<MINHKYEN<<<<<<<<<<<<<<<<<<, DO<<MINH<YEN<<<<<<<<<<<<<<<<<<",
        "DO<<MINHKHANH<<<<<<<<<<<<<<<<<, DO<<MINHKHANH<<<<<<<<<<<<<<<<<",
    })
    void ocrBsFillerReadWithAKAndSpecksAfterTheNameAreFillersAgain(String read, String printed) {
        assertThat(MrzReader.shape(read, 3)).isEqualTo(printed);
    }

    @Test
    void aCardThatNeverExpiresKeepsItsFillersWhereverTheOcrCountedThemOtherwise() {
        // a holder of 58 at issue: the expiry all fillers, its check digit '0' or '<' (both are ICAO's for an empty field)
        String l1 = "IDVNM05801234560010580123457<<";
        String l3 = "TRAN<<THI<MAI<<<<<<<<<<<<<<<<<";
        for (String l2 : new String[]{"5803125F<<<<<<0VNM<<<<<<<<<<<2", "5803125F<<<<<<<VNM<<<<<<<<<<<2",
                "5803125F<<<<<0VNM<<<<<<<<<<<<2", "5803125F<<<<<<<<<VNM<<<<<<<<<<2", "5803125F<<<<<<OVNM<<<<<<<<<<2"}) {
            MrzResult parsed = parser.parse(read(l1, l2, l3));
            assertThat(parsed.valid()).as(l2).isTrue();
            assertThat(parsed.neverExpires()).as(l2).isTrue();
        }
        // the fillers are the expiry only where the check digit is one ICAO allows there
        assertThat(parser.parse(read(l1, "5803125F<<<<<<7VNM<<<<<<<<<<<9", l3)).valid()).isFalse();
    }

    @Test
    void aSpeckOrADoubledDigitInLineTwoIsDroppedTheOneWayTheCheckDigitsVouchFor() {
        // "7O905090F…": a speck before a digit read as one character more shifted both dates out of their places
        assertThat(read(l[0], l[1].charAt(0) + "O" + l[1].substring(1), l[2])).isEqualTo(good);
        // two at once: a speck read as T in the birth date, an expiry digit read twice
        assertThat(read(l[0], l[1].substring(0, 3) + "T" + l[1].substring(3, 10) + l[1].substring(9), l[2])).isEqualTo(good);
        // a card that never expires: its birth date's check digit vouches alone
        String l1 = "IDVNM05801234560010580123457<<";
        String l3 = "TRAN<<THI<MAI<<<<<<<<<<<<<<<<<";
        MrzResult never = parser.parse(read(l1, "58O03125F<<<<<<0VNM<<<<<<<<<<<2", l3));
        assertThat(never.valid()).as(never.errors().toString()).isTrue();
        // "57905090…": dropping the 5 or the 9 leaves a birth date whose check digit holds; the composite picks
        String twoWays = "5" + l[1];
        assertThat(read(l[0], twoWays, l[2])).isEqualTo(good);
        // with no line 1 to pick by (its numbers lost), neither is guessed
        assertThat(MrzMiscount.lineTwo(twoWays, "IDVNM" + "<".repeat(25))).isEqualTo(twoWays);
        // one too many after the nationality shifts nothing: no digit is dropped for it ("…VNMK" is not "…NMK")
        assertThat(read(l[0], l[1].substring(0, 18) + "K" + l[1].substring(18), l[2])).isEqualTo(good);
        // one character too many that no drop explains (the birth date's check digit misread as well) is not guessed
        String broken = l[1].charAt(0) + "O" + at(l[1], 6, l[1].charAt(6) == '4' ? '2' : '4').substring(1);
        assertThat(parser.parse(read(l[0], broken, l[2])).valid()).isFalse();
    }

    @Test
    void fillersReadAsRunsOfKAreFillersSoTheLinesAreFoundAtAll() {
        // OCR-B's fillers read as K's (D 9916 degraded, a second look): no "<<" left in line 2 or 3 to tell them by
        String two = l[1].substring(0, 18) + l[1].substring(18, 29).replace('<', 'K') + l[1].charAt(29);
        String three = l[2].replaceFirst("<<", "KK").replaceAll("<(?=<*$)", "K");
        assertThat(two + three).doesNotContain("<<");
        assertThat(MrzReader.lines(java.util.List.of(l[0], two, three))).isEqualTo(good);
        // a filler read as K before a name that opens with K is no run of fillers (D 9908, 10004 with OCR-B)
        String[] read = MrzReader.lines(java.util.List.of(l[0], l[1], "HO<<XUAN<KKIM<KKHOA<X<<<<<<<K<<<K<<")).split("\n");
        assertThat(read[2]).isEqualTo("HO<<XUAN<KIM<KHOA<<<<<<<<<<<<<");
        read = MrzReader.lines(java.util.List.of(l[0], l[1], "VU<<KIM<HUU<KQUAN<<K<<<KKKKKKKKK")).split("\n");
        assertThat(read[2]).isEqualTo("VU<<KIM<HUU<QUAN<<<<<<<<<<<<<<");
    }

    @Test
    void aFirstLineWhoseOpeningWasLostIsRebuiltFromItsPersonalNumber() {
        // glare over the line's left end: "IDVNM179" gone, the personal number and its check digit still there
        assertThat(read(l[0].substring(8), l[1], l[2])).isEqualTo(good);
        // a speck after the opening read as one character more
        assertThat(read("IDVNMO" + l[0].substring(5), l[1], l[2])).isEqualTo(good);
        // its two fillers lost too: the opening tells it is line 1
        assertThat(MrzReader.lines(java.util.List.of(l[0].substring(0, 28), l[1], l[2]))).isEqualTo(good);
        // a tail whose check digit fails is no personal number to rebuild from
        String wrongTail = at(l[0], 27, l[0].charAt(27) == '4' ? '2' : '4').substring(8, 28);
        assertThat(MrzMiscount.lineOne(wrongTail)).isEqualTo(wrongTail);
    }
}
