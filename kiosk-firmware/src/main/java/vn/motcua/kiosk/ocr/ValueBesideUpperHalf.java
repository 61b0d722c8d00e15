package vn.motcua.kiosk.ocr;

import java.util.List;
import java.util.Optional;

/**
 * A place beside a label printed over two rows ("Nơi cư trú:" over "Place of residence"), its rows in a column of
 * their own at the label's pitch: set larger than the label, the place's first row is a line of its own to Tesseract,
 * beside the upper half but not in its row, and with only the lower half found as the label the place would begin on
 * the lower half's row. That first row is the piece just right of an upper half that holds nothing after its label,
 * on that half's height.
 */
final class ValueBesideUpperHalf {
    /** How far right of the label's end the place may start (its column is set after the longer half). */
    private static final double COLUMN_GAP = 0.12;

    private ValueBesideUpperHalf() {
    }

    static Optional<CardTextParser.Line> of(List<TextRow> rows, List<LabelHit> hits, LabelHit hit, CardLayout.Field field) {
        TextRow row = rows.get(hit.row());
        // the label first on its row, but for specks of the background before it ("Š Place oƒresidence")
        if (field.lines() <= 1 || hit.from() > 0 && !LabelPieces.isSpeck(row.words().subList(0, hit.from()))) {
            return Optional.empty();
        }
        // the label's first half found ("Nơi đăng ký khai sinh:", its words printed first): the row above is no half
        // of it but another field's ("Place of residence" past reading)
        String found = OcrWord.compact(row.words().subList(hit.from(), hit.to()));
        String nearest = field.labels().stream().map(ModelDetector::compact)
                .min(java.util.Comparator.comparingInt(l -> Edits.distance(l, found))).orElseThrow();
        if (nearest.equals(ModelDetector.compact(field.labels().get(0)))) {
            return Optional.empty();
        }
        final int half = LabelledFields.rowAboveInColumn(rows, hit.row());
        if (half < 0 || hits.stream().anyMatch(h -> h.row() == half)
                || row.top() - rows.get(half).bottom() > row.bottom() - row.top()) {
            return Optional.empty();
        }
        TextRow upper = rows.get(half);
        LabelHit label = LostLabels.looseLabel(rows, hits, field, half, half, true);
        // an upper half garbled past finding ("xoicuvui" for "Nơi cư trú"): a few words, no digit, no address word;
        // then only a piece that starts as an address does is the place's
        boolean garbled = label == null && upper.words().size() <= 3 && !upper.text().matches(".*\\d.*")
                && !CardTextParser.startsAddress(upper.words().get(0).text());
        if (!garbled && (label == null || label.to() < upper.words().size())) {
            return Optional.empty(); // no label there, or the place is in its row: LabelledFields reads that
        }
        TextRow beside = null;
        for (int r = 0; r < rows.size(); r++) {
            TextRow other = rows.get(r);
            final int at = r;
            boolean free = r != half && r != hit.row() && hits.stream().noneMatch(h -> h.row() == at);
            if (free && other.left() >= upper.right() - 0.005 && other.left() - upper.right() <= COLUMN_GAP
                    && other.top() < row.top() && RowOverlap.sameRow(TextRow.line(other.words()), TextRow.line(upper.words()))
                    && (beside == null || other.left() < beside.left())) {
                beside = other;
            }
        }
        if (beside == null) {
            return Optional.empty();
        }
        List<OcrWord> words = LabelPieces.withoutLabelPieces(LabelledFields.withoutSpecks(beside.words()), field);
        if (words.isEmpty() || LabelPieces.isLabelRemnant(words, field) || garbled && !CardTextParser.startsAddress(words.get(0).text())) {
            return Optional.empty();
        }
        return Optional.of(TextRow.line(words));
    }
}
