package vn.motcua.kiosk.ocr;

/**
 * Where a phrase occurs in a text with the fewest edits (Sellers' approximate substring search):
 * printed labels come out of OCR with a letter or two wrong, joined or split.
 */
final class FuzzyFind {
    /** A match of {@code [start, end)} in the text with this many edits. */
    record Match(int start, int end, int edits) {
    }

    private FuzzyFind() {
    }

    /** Edits allowed for a phrase of this length: none for short words, which would match anything. */
    static int allowed(int length) {
        return length <= 4 ? 0 : length <= 8 ? 1 : length / 6;
    }

    /** The best match of {@code phrase} anywhere in {@code text}, or null when it needs more than {@code max} edits. */
    static Match find(String phrase, String text, int max) {
        int m = phrase.length();
        int n = text.length();
        if (m == 0 || n == 0) {
            return null;
        }
        int[] prev = new int[n + 1];
        int[] cur = new int[n + 1];
        int[] prevStart = new int[n + 1];
        int[] curStart = new int[n + 1];
        for (int j = 0; j <= n; j++) {
            prevStart[j] = j;
        }
        for (int i = 1; i <= m; i++) {
            cur[0] = i;
            curStart[0] = 0;
            for (int j = 1; j <= n; j++) {
                int sub = prev[j - 1] + (phrase.charAt(i - 1) == text.charAt(j - 1) ? 0 : 1);
                int del = prev[j] + 1;
                int ins = cur[j - 1] + 1;
                if (sub <= del && sub <= ins) {
                    cur[j] = sub;
                    curStart[j] = prevStart[j - 1];
                } else if (del <= ins) {
                    cur[j] = del;
                    curStart[j] = prevStart[j];
                } else {
                    cur[j] = ins;
                    curStart[j] = curStart[j - 1];
                }
            }
            int[] t = prev;
            prev = cur;
            cur = t;
            t = prevStart;
            prevStart = curStart;
            curStart = t;
        }
        int best = -1;
        for (int j = 1; j <= n; j++) {
            if (prev[j] <= max && (best < 0 || prev[j] < prev[best])) {
                best = j;
            }
        }
        return best < 0 ? null : new Match(prevStart[best], best, prev[best]);
    }

    static boolean contains(String text, String phrase) {
        return find(phrase, text, allowed(phrase.length())) != null;
    }
}
