package vn.motcua.kiosk.ocr;

import java.util.List;
import java.util.Optional;

/**
 * A short label ("Nơi sinh:", "Ngày cấp:") found only where it opens a row, over whole words: the words of a short
 * label also stand inside places and garbled longer labels, while no place and no value begins with them.
 */
final class RowStartLabel {
    private RowStartLabel() {
    }

    static Optional<LabelHit> find(String field, int row, List<OcrWord> words, String label) {
        String phrase = ModelDetector.compact(label);
        int allowed = FuzzyFind.allowed(phrase.length());
        LabelHit best = null;
        int bestEdits = allowed + 1;
        // the row may open with specks read off the photo, the chip or the QR beside the label
        for (int from = 0; from < words.size() && (from == 0 || speck(words.get(from - 1))); from++) {
            StringBuilder text = new StringBuilder();
            for (int to = from; to < words.size() && text.length() < phrase.length() + allowed; to++) {
                text.append(words.get(to).compact());
                int edits = Edits.distance(phrase, text.toString());
                if (edits < bestEdits) {
                    bestEdits = edits;
                    best = new LabelHit(field, row, from, to + 1, edits / (double) phrase.length() - phrase.length() / 1000.0);
                }
                if (words.get(to).text().endsWith(":")) {
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** No more than two letters or digits, no colon, no word a place opens with ("Xã Nội Sinh" is a place's row). */
    private static boolean speck(OcrWord w) {
        return w.compact().length() <= 2 && !w.text().endsWith(":") && !CardTextParser.startsAddress(w.text());
    }
}
