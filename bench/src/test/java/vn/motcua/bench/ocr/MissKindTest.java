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
        assertEquals("one part differs: a middle one (of 3), a word more at its end, printed listed, read unlisted, 2 letters off",
                MissKind.detail(PLACE, "Xã Tân Lập, Huyện Đan Phượng Xa, Thành phố Hà Nội"));
        assertEquals("one part differs: the last (of 3), in its name, printed listed, read listed, 3+ letters off",
                MissKind.detail(PLACE, "Xã Tân Lập, Huyện Đan Phượng, Thành phố Hải Phòng"));
        assertEquals("more or fewer parts (of 3), a part split in two",
                MissKind.detail(PLACE, "Xã Tân, Lập, Huyện Đan Phượng, Thành phố Hà Nội"));
        assertEquals("more or fewer parts (of 3), two parts joined",
                MissKind.detail(PLACE, "Xã Tân Lập Huyện Đan Phượng, Thành phố Hà Nội"));
        assertEquals("more or fewer parts (of 3), a part more in the middle",
                MissKind.detail(PLACE, "Xã Tân Lập, Huyện Đan Phượng, Thị trấn Phùng, Thành phố Hà Nội"));
        assertEquals("more or fewer parts (of 3), a part fewer in the middle",
                MissKind.detail(PLACE, "Xã Tân Lập, Thành phố Hà Nội"));
        assertEquals("more or fewer parts (of 3), one fewer, otherwise", MissKind.detail(PLACE, "Xã Tân Lập, Hà Nội"));
        assertEquals("one part differs: the last (of 3), a word fewer, printed listed, read unlisted, the same letters, a hyphen",
                MissKind.detail(PLACE, "Xã Tân Lập, Huyện Đan Phượng, Thành phố Hà-Nội"));
        assertEquals("nothing read", MissKind.detail(PLACE, ""));
        assertEquals("a part lost at the end (of 3)", MissKind.detail(PLACE, "Xã Tân Lập, Huyện Đan Phượng"));
    }
}
