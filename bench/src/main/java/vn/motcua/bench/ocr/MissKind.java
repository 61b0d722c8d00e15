package vn.motcua.bench.ocr;

import java.util.List;
import vn.motcua.kiosk.ocr.Fold;

/**
 * What kind of miss a field's reading is, by its shape alone: a held-out generator's misreads are never opened,
 * and these counts say where its fields go wrong (a part lost at the end, something added, one part of a place
 * misspelled) without showing what any card printed.
 */
enum MissKind {
    NOTHING_READ("nothing read"),
    MARKS_ONLY("marks only (same letters)"),
    LOST_AT_END("a part lost at the end"),
    LOST_AT_START("a part lost at the start"),
    ADDED_AT_END("something added at the end"),
    ADDED_AT_START("something added at the start"),
    FIRST_PART_DIFFERS("one part differs: the first"),
    MIDDLE_PART_DIFFERS("one part differs: a middle one"),
    LAST_PART_DIFFERS("one part differs: the last"),
    PARTS_COUNT_DIFFERS("more or fewer parts"),
    OTHER("otherwise");

    final String label;

    MissKind(String label) {
        this.label = label;
    }

    /** The kind of a reading that is not the expected value (parts: a place's comma-separated units). */
    static MissKind of(String expected, String read) {
        if (read == null || read.isBlank()) {
            return NOTHING_READ;
        }
        if (Fold.fold(read).equals(Fold.fold(expected))) {
            return MARKS_ONLY;
        }
        if (expected.startsWith(read)) {
            return LOST_AT_END;
        }
        if (expected.endsWith(read)) {
            return LOST_AT_START;
        }
        if (read.startsWith(expected)) {
            return ADDED_AT_END;
        }
        if (read.endsWith(expected)) {
            return ADDED_AT_START;
        }
        List<String> want = List.of(expected.split(",\\s*|\\n"));
        List<String> got = List.of(read.split(",\\s*|\\n"));
        if (want.size() != got.size()) {
            return PARTS_COUNT_DIFFERS;
        }
        int differs = -1;
        for (int i = 0; i < want.size(); i++) {
            if (!want.get(i).equals(got.get(i))) {
                if (differs >= 0) {
                    return OTHER;
                }
                differs = i;
            }
        }
        return differs == 0 ? FIRST_PART_DIFFERS : differs == want.size() - 1 ? LAST_PART_DIFFERS : MIDDLE_PART_DIFFERS;
    }
}
