package vn.motcua.kiosk.printer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Greedy word wrap; a word longer than a line is split where it no longer fits. */
final class LineWrap {

    private LineWrap() {
    }

    static List<String> wrap(String text, Predicate<String> fits) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (fits.test(candidate)) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (!fits.test(rest) && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && !fits.test(rest.substring(0, cut))) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
