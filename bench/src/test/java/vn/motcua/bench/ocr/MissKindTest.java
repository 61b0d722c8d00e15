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
}
