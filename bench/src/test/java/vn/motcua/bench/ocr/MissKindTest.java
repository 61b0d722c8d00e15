package vn.motcua.bench.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MissKindTest {
    private static final String PLACE = "Xã Tân Lập, Huyện Đan Phượng, Thành phố Hà Nội";

    @Test
    void aMissIsKnownByItsShape() {
        assertEquals(MissKind.NOTHING_READ, MissKind.of(PLACE, null));
        assertEquals(MissKind.MARKS_ONLY, MissKind.of(PLACE, "Xã Tân Lặp, Huyện Đan Phượng, Thành phố Hà Nội"));
        assertEquals(MissKind.LOST_AT_END, MissKind.of(PLACE, "Xã Tân Lập, Huyện Đan Phượng"));
        assertEquals(MissKind.LOST_AT_START, MissKind.of(PLACE, "Huyện Đan Phượng, Thành phố Hà Nội"));
        assertEquals(MissKind.ADDED_AT_END, MissKind.of("Xã Tân Lập, Huyện Đan Phượng", PLACE));
        assertEquals(MissKind.ADDED_AT_START, MissKind.of(PLACE, "sinh " + PLACE));
        assertEquals(MissKind.FIRST_PART_DIFFERS, MissKind.of(PLACE, "Xã Tân Lạc, Huyện Đan Phượng, Thành phố Hà Nội"));
        assertEquals(MissKind.MIDDLE_PART_DIFFERS, MissKind.of(PLACE, "Xã Tân Lập, Huyện Đan Phương Xa, Thành phố Hà Nội"));
        assertEquals(MissKind.LAST_PART_DIFFERS, MissKind.of(PLACE, "Xã Tân Lập, Huyện Đan Phượng, Tỉnh Hà Nam"));
        assertEquals(MissKind.PARTS_COUNT_DIFFERS, MissKind.of(PLACE, "Xã Tân, Lập, Huyện Đan Phượng, Thành phố Hà Nội"));
        assertEquals(MissKind.OTHER, MissKind.of(PLACE, "Xã Tân Lạc, Huyện Đan Phượng, Tỉnh Hà Nam"));
    }

    @Test
    void theDetailSaysHowThePartDiffersStillWithoutItsText() {
        assertEquals("one part differs: the last (of 3), in its type",
                MissKind.detail(PLACE, "Xã Tân Lập, Huyện Đan Phượng, Tỉnh Hà Nội"));
        assertEquals("one part differs: the first (of 3), a letter, printed listed, read unlisted, 1 letters off",
                MissKind.detail(PLACE, "Xã Tân Lậz, Huyện Đan Phượng, Thành phố Hà Nội"));
        assertEquals("marks only (same letters) (of 3), in a middle one",
                MissKind.detail(PLACE, "Xã Tân Lập, Huyện Đan Phương, Thành phố Hà Nội"));
        assertEquals("one part differs: a middle one (of 3), a word more at its end, printed listed, read unlisted, 2 letters off;"
                        + " the word: the name's last (of 3 in the name), 2 letters, the rest as printed; shapes «huyen 3 6» / «huyen 3 6 2»",
                MissKind.detail(PLACE, "Xã Tân Lập, Huyện Đan Phượng Xa, Thành phố Hà Nội"));
        assertEquals("one part differs: the last (of 3), in its name, printed listed, read listed, 3+ letters off",
                MissKind.detail(PLACE, "Xã Tân Lập, Huyện Đan Phượng, Thành phố Hải Phòng"));
        assertEquals("more or fewer parts (of 3), a part split in two: the start, printed listed, 2 + 1 words",
                MissKind.detail(PLACE, "Xã Tân, Lập, Huyện Đan Phượng, Thành phố Hà Nội"));
        assertEquals("more or fewer parts (of 3), two parts joined: the start, printed as two, 3 + 3 words",
                MissKind.detail(PLACE, "Xã Tân Lập Huyện Đan Phượng, Thành phố Hà Nội"));
        assertEquals("more or fewer parts (of 3), a part more in the middle",
                MissKind.detail(PLACE, "Xã Tân Lập, Huyện Đan Phượng, Thị trấn Phùng, Thành phố Hà Nội"));
        assertEquals("more or fewer parts (of 3), a part fewer in the middle",
                MissKind.detail(PLACE, "Xã Tân Lập, Thành phố Hà Nội"));
        assertEquals("more or fewer parts (of 3), one fewer, otherwise; 1 read as printed; parts = -«huyen 3 6»"
                        + " ~(in its type)",
                MissKind.detail(PLACE, "Xã Tân Lập, Hà Nội"));
        assertEquals("more or fewer parts (of 3), one more, otherwise; 2 read as printed, the last among them;"
                        + " parts ~(a word fewer at its end, printed listed, read unlisted, 3+ letters off; the word: the name's last"
                        + " (of 2 in the name), 3 letters, the rest as printed; shapes «xa 3 3» / «xa 3») +«3» = =",
                MissKind.detail(PLACE, "Xã Tân, Lạp, Huyện Đan Phượng, Thành phố Hà Nội"));
        assertEquals("one part differs: the last (of 3), a word fewer, printed listed, read unlisted, the same letters, a hyphen;"
                        + " the word: the name's first (of 2 in the name), 2 letters, the rest 3 letters off; shapes «thanh pho 2 3» / «thanh pho 2-3»",
                MissKind.detail(PLACE, "Xã Tân Lập, Huyện Đan Phượng, Thành phố Hà-Nội"));
        assertEquals("one part differs: the last (of 3), a word fewer, printed listed, read unlisted, 3+ letters off;"
                        + " the word: the type's (of 2 in the name), 3 letters, the rest as printed, the type read otherwise; shapes «thanh pho 2 3» / «thanh 2 3»",
                MissKind.detail(PLACE, "Xã Tân Lập, Huyện Đan Phượng, Thành Hà Nội"));
        assertEquals("one part differs: the first (of 3), a word more, printed listed, read unlisted, 3+ letters off;"
                        + " the word: the name's first (of 3 in the name), 3 letters, repeating its neighbour, the rest 1 letters off; shapes «xa 3 3» / «xa 3 3 3»",
                MissKind.detail(PLACE, "Xã Tân Tân Lạz, Huyện Đan Phượng, Thành phố Hà Nội"));
        assertEquals("one part differs: a middle one (of 3), a word fewer, printed listed, read unlisted, 3+ letters off;"
                        + " the word: the type's (of 2 in the name), 5 letters, the rest 2 letters off, the type read otherwise; shapes «huyen 3 6» / «quan 6»",
                MissKind.detail(PLACE, "Xã Tân Lập, Quận Phượng, Thành phố Hà Nội"));
        assertEquals("nothing read", MissKind.detail(PLACE, ""));
        assertEquals("printed a date, read a date, its year 1 digits off, day 2 digits off",
                MissKind.detail("2031-05-20", "2037-05-02"));
        assertEquals("printed a date, read shaped 99/99-9999", MissKind.detail("2031-05-20", "20/05-2031"));
        assertEquals("printed no expiry, read shaped 9999-99-99", MissKind.detail("Không thời hạn", "2031-05-20"));
        assertEquals("; read as the card's issueDate", MissKind.readAsAnother("expiryDate", "2025-05-20",
                java.util.Map.of("issueDate", "2025-05-20", "expiryDate", "2031-05-20")));
        assertEquals("", MissKind.readAsAnother("expiryDate", "2025-05-21",
                java.util.Map.of("issueDate", "2025-05-20", "expiryDate", "2031-05-20")));
        assertEquals("a part lost at the end (of 3)", MissKind.detail(PLACE, "Xã Tân Lập, Huyện Đan Phượng"));
    }
}
