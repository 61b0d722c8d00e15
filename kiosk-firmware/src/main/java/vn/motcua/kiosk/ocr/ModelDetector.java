package vn.motcua.kiosk.ocr;

import java.util.List;

/**
 * Which card model and face an image shows: each layout's marker phrases found in the text count for
 * it, phrases of the other faces count against it. Matched without marks and spaces, a few letters off.
 */
final class ModelDetector {
    private ModelDetector() {
    }

    /** The best-scoring layout, or null when no layout has a single marker more than its counter-markers. */
    static CardLayout detect(List<TextRow> rows, List<CardLayout> layouts) {
        StringBuilder all = new StringBuilder();
        for (TextRow row : rows) {
            for (OcrWord w : row.words()) {
                all.append(w.compact());
            }
            all.append('|');
        }
        String text = all.toString();
        CardLayout best = null;
        int bestScore = 0;
        for (CardLayout layout : layouts) {
            int score = 0;
            for (String m : layout.markers()) {
                score += FuzzyFind.contains(text, compact(m)) ? 1 : 0;
            }
            for (String m : layout.absent()) {
                score -= FuzzyFind.contains(text, compact(m)) ? 1 : 0;
            }
            if (score > bestScore) {
                best = layout;
                bestScore = score;
            }
        }
        return best;
    }

    static String compact(String phrase) {
        return Fold.fold(phrase).replaceAll("[^a-z0-9]", "");
    }
}
