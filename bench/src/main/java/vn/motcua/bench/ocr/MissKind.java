package vn.motcua.bench.ocr;

import java.util.List;
import java.util.regex.Pattern;
import vn.motcua.kiosk.ocr.Edits;
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

    // a unit's type as printed at a part's start, folded: "Huyện Đan Phượng" and "Quận Đan Phượng" differ in it alone
    private static final Pattern TYPE = Pattern.compile("^(to dan pho|khu pho|thi tran|thi xa|thanh pho|dac khu|xa|phuong"
            + "|huyen|quan|tinh|thon|ap|ban|to|khu|xom|buon|lang|khom|phum|soc|duong|so)\\b ?");

    private static final Pattern DATE_ONLY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE = Pattern.compile(DATE_ONLY.pattern() + "|Không thời hạn");

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

    /**
     * Finer than the kind, still by shape alone: how the one differing part differs (its type, a letter, a word, its
     * name), which parts differ in their marks alone, which part was added, dropped, split or joined, and how many
     * parts the value has.
     */
    static String detail(String expected, String read) {
        MissKind kind = of(expected, read);
        if (DATE.matcher(expected).matches() && kind != NOTHING_READ) {
            return dateDetail(expected, read);
        }
        List<String> want = List.of(expected.split(",\\s*|\\n"));
        List<String> got = read == null ? List.of() : List.of(read.split(",\\s*|\\n"));
        String of = " (of " + want.size() + ")";
        return switch (kind) {
            case FIRST_PART_DIFFERS, MIDDLE_PART_DIFFERS, LAST_PART_DIFFERS -> {
                int i = 0;
                while (want.get(i).equals(got.get(i))) {
                    i++;
                }
                yield kind.label + of + ", " + partDiffers(want.get(i), got.get(i));
            }
            case PARTS_COUNT_DIFFERS -> kind.label + of + ", " + partsDiffer(want, got);
            case MARKS_ONLY -> kind.label + of + ", in" + java.util.stream.IntStream.range(0, want.size())
                    .filter(i -> i >= got.size() || !want.get(i).equals(got.get(i)))
                    .mapToObj(i -> " " + (i == 0 ? "the first" : i == want.size() - 1 ? "the last" : "a middle one"))
                    .collect(java.util.stream.Collectors.joining(","));
            case NOTHING_READ -> kind.label;
            default -> kind.label + of;
        };
    }

    /** "; read as the card's issueDate" when a field's reading is another field's printed value, else "". */
    static String readAsAnother(String field, String read, java.util.Map<String, String> printed) {
        return printed.entrySet().stream().filter(e -> !e.getKey().equals(field) && e.getValue().equals(read))
                .map(e -> "; read as the card's " + e.getKey()).findFirst().orElse("");
    }

    /** A date's miss: which of year, month and day differ, or the shape of what was read (digits 9, letters a). */
    private static String dateDetail(String expected, String read) {
        boolean printedDate = DATE_ONLY.matcher(expected).matches();
        String printed = printedDate ? "printed a date" : "printed no expiry";
        if (printedDate && DATE_ONLY.matcher(read).matches()) {
            String[] want = expected.split("-");
            String[] got = read.split("-");
            List<String> differ = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) {
                if (!want[i].equals(got[i])) {
                    differ.add(List.of("year", "month", "day").get(i) + " " + Edits.distance(want[i], got[i]) + " digits off");
                }
            }
            return printed + ", read a date, its " + String.join(", ", differ);
        }
        return printed + ", read shaped " + read.replaceAll("[0-9]", "9").replaceAll("\\p{L}", "a");
    }

    private static String partDiffers(String want, String got) {
        String w = Fold.fold(want);
        String g = Fold.fold(got);
        String wName = TYPE.matcher(w).replaceFirst("");
        String gName = TYPE.matcher(g).replaceFirst("");
        if (wName.equals(gName)) {
            return "in its type";
        }
        String wKey = wName.replaceAll("[^a-z0-9]", "");
        String gKey = gName.replaceAll("[^a-z0-9]", "");
        // the letters' distance with spaces and hyphens dropped: 0 says the words were only cut or glued otherwise
        int off = Math.min(Edits.distance(wKey, gKey), 3);
        String listed = ", printed " + listed(wName) + ", read " + listed(gName)
                + (off == 0 ? ", the same letters" : ", " + (off == 3 ? "3+" : off) + " letters off")
                + (want.contains("-") || got.contains("-") ? ", a hyphen" : "");
        List<String> wWords = List.of(w.split(" "));
        List<String> gWords = List.of(g.split(" "));
        if (wWords.size() != gWords.size()) {
            List<String> longer = wWords.size() > gWords.size() ? wWords : gWords;
            List<String> shorter = longer == wWords ? gWords : wWords;
            String where = longer.subList(0, shorter.size()).equals(shorter) ? " at its end"
                    : longer.subList(longer.size() - shorter.size(), longer.size()).equals(shorter) ? " at its start" : "";
            String more = gWords.size() > wWords.size() ? "a word more" : "a word fewer";
            if (longer.size() - shorter.size() > 1) {
                more = (longer.size() - shorter.size()) + (longer == gWords ? " words more" : " words fewer");
            }
            return more + where + listed + whichWord(longer, shorter) + "; shapes " + shape(w) + " / " + shape(g);
        }
        return (Edits.distance(w, g) == 1 ? "a letter" : "in its name") + listed;
    }

    /**
     * Which word of the longer reading one word more or fewer is, by its place among the type's and the name's words,
     * its length, whether it repeats a neighbour, and how many letters the other words are off once it is taken out.
     */
    private static String whichWord(List<String> longer, List<String> shorter) {
        if (longer.size() - shorter.size() != 1) {
            return "";
        }
        int best = -1;
        int bestOff = Integer.MAX_VALUE;
        for (int i = 0; i < longer.size(); i++) {
            List<String> less = new java.util.ArrayList<>(longer);
            less.remove(i);
            int off = Edits.distance(String.join(" ", less), String.join(" ", shorter));
            if (off < bestOff) {
                best = i;
                bestOff = off;
            }
        }
        String longerType = typeOf(longer);
        int typeWords = longerType.isEmpty() ? 0 : longerType.split(" ").length;
        int nameWords = longer.size() - typeWords;
        String word = longer.get(best);
        String place = best < typeWords ? "the type's"
                : nameWords == 1 ? "the name's only"
                : best == typeWords ? "the name's first" : best == longer.size() - 1 ? "the name's last" : "a name's middle";
        boolean repeats = best > 0 && longer.get(best - 1).equals(word)
                || best + 1 < longer.size() && longer.get(best + 1).equals(word);
        return "; the word: " + place + " (of " + nameWords + " in the name), " + word.length() + " letters"
                + (repeats ? ", repeating its neighbour" : "")
                + (bestOff == 0 ? ", the rest as printed" : ", the rest " + Math.min(bestOff, 5) + (bestOff >= 5 ? "+" : "")
                + " letters off")
                + (longerType.equals(typeOf(shorter)) ? "" : ", the type read otherwise");
    }

    private static String typeOf(List<String> words) {
        java.util.regex.Matcher type = TYPE.matcher(String.join(" ", words));
        return type.find() ? type.group().strip() : "";
    }

    private static final Pattern LETTERS = Pattern.compile("[a-z0-9]+");

    /** A type's abbreviation, or a two-word type's first word alone, at a part's start. */
    private static final Pattern TYPE_CUT = Pattern.compile("^(?:(?:tp|tx|tt|q|h|p|x|t)\\.?|thanh|thi|dac|to dan)(?= |$)");

    /** The part's type as printed or read (or its abbreviation) shown, every other word as its length alone. */
    private static String shape(String folded) {
        java.util.regex.Matcher type = TYPE.matcher(folded);
        java.util.regex.Matcher cut = TYPE_CUT.matcher(folded);
        String prefix = type.find() ? type.group().strip() : cut.find() ? cut.group() : "";
        String rest = folded.substring(prefix.length()).strip();
        List<String> lengths = rest.isEmpty() ? List.of()
                : java.util.Arrays.stream(rest.split(" "))
                        .map(w -> LETTERS.matcher(w).replaceAll(m -> String.valueOf(m.group().length()))).toList();
        return "«" + (prefix.isEmpty() ? "" : prefix + (lengths.isEmpty() ? "" : " ")) + String.join(" ", lengths) + "»";
    }

    /** Whether a unit's name (folded, without its type) is one the reader's lists hold, as a unit or a province. */
    private static String listed(String foldedName) {
        return LISTED_NAMES.contains(foldedName) ? "listed" : "unlisted";
    }

    private static final java.util.Set<String> LISTED_NAMES = listedNames();

    private static java.util.Set<String> listedNames() {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (String resource : List.of("/vn/motcua/kiosk/ocr/admin-units.tsv", "/vn/motcua/kiosk/ocr/communes-2025.tsv",
                "/vn/motcua/client/identity/provinces.tsv", "/vn/motcua/kiosk/ocr/former-provinces.tsv")) {
            for (String[] row : CardHolders.tsv(resource)) {
                String unit = row[resource.contains("former") ? 0 : 1].strip();
                names.add(TYPE.matcher(Fold.fold(unit)).replaceFirst(""));
            }
        }
        return names;
    }

    private static String partsDiffer(List<String> want, List<String> got) {
        if (Math.abs(got.size() - want.size()) != 1) {
            return got.size() + " parts read";
        }
        boolean more = got.size() > want.size();
        List<String> longer = more ? got : want;
        List<String> shorter = more ? want : got;
        for (int i = 0; i < longer.size(); i++) {
            List<String> less = new java.util.ArrayList<>(longer);
            less.remove(i);
            if (less.equals(shorter)) {
                return (more ? "a part more " : "a part fewer ") + where(i, longer.size());
            }
            if (i + 1 < longer.size() && (longer.get(i) + " " + longer.get(i + 1)).equals(shorter.get(i))) {
                String whole = TYPE.matcher(Fold.fold(shorter.get(i))).replaceFirst("");
                return (more ? "a part split in two: " : "two parts joined: ") + where(i, shorter.size()).replace("at ", "")
                        + ", printed " + (more ? listed(whole) : "as two") + ", " + words(longer.get(i)) + " + "
                        + words(longer.get(i + 1)) + " words";
            }
        }
        long kept = got.stream().filter(want::contains).count();
        return (more ? "one more, otherwise" : "one fewer, otherwise") + "; " + kept + " read as printed"
                + (want.contains(got.get(got.size() - 1)) ? ", the last among them" : "") + "; parts " + aligned(want, got);
    }

    /**
     * The printed parts against the read ones, aligned with fewest changes: "=" read as printed, "~(…)" read otherwise
     * (how, as for one differing part), "-«…»" a printed part not read, "+«…»" a part read that was not printed (shapes).
     */
    private static String aligned(List<String> want, List<String> got) {
        // a part read otherwise costs more the further its letters are, so that of two alignments as short the one
        // pairing like parts is taken; a part added or lost costs between
        double[][] cost = new double[want.size() + 1][got.size() + 1];
        for (int i = 0; i <= want.size(); i++) {
            for (int j = 0; j <= got.size(); j++) {
                cost[i][j] = i == 0 ? j * ADDED : j == 0 ? i * ADDED
                        : Math.min(cost[i - 1][j - 1] + otherwise(want.get(i - 1), got.get(j - 1)),
                        Math.min(cost[i - 1][j], cost[i][j - 1]) + ADDED);
            }
        }
        java.util.LinkedList<String> steps = new java.util.LinkedList<>();
        int i = want.size();
        int j = got.size();
        while (i > 0 || j > 0) {
            if (i > 0 && j > 0 && cost[i][j] == cost[i - 1][j - 1] + otherwise(want.get(i - 1), got.get(j - 1))) {
                steps.addFirst(want.get(i - 1).equals(got.get(j - 1)) ? "="
                        : "~(" + partDiffers(want.get(i - 1), got.get(j - 1)) + ")");
                i--;
                j--;
            } else if (i > 0 && cost[i][j] == cost[i - 1][j] + ADDED) {
                steps.addFirst("-" + shape(Fold.fold(want.get(i - 1))));
                i--;
            } else {
                steps.addFirst("+" + shape(Fold.fold(got.get(j - 1))));
                j--;
            }
        }
        return String.join(" ", steps);
    }

    private static final double ADDED = 1.5;

    /** 0 for a part read as printed, else 1 and up to 1 more by how far its folded letters are. */
    private static double otherwise(String want, String got) {
        if (want.equals(got)) {
            return 0;
        }
        String w = Fold.fold(want);
        String g = Fold.fold(got);
        return 1 + (double) Edits.distance(w, g) / Math.max(1, Math.max(w.length(), g.length()));
    }

    private static int words(String part) {
        return part.strip().split("\\s+").length;
    }

    private static String where(int i, int size) {
        return i == 0 ? "at the start" : i == size - 1 ? "at the end" : "in the middle";
    }
}
