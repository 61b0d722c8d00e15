package vn.motcua.kiosk.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

/**
 * Which card model and face an image shows: each layout's marker phrases found in the text count for
 * it, phrases of the other faces count against it. Matched without marks and spaces, a few letters off.
 * The MRZ, the largest print of a chip card's back and the last to be lost, is a counter-marker too: a row
 * of it read counts against the faces without one, none read against the faces with one (the 2016 back and
 * a degraded 2021 back share all their Vietnamese print). It never counts for a face: with every marker lost,
 * {@link #backByMrz} tells the chip backs apart by their dates.
 */
final class ModelDetector {
    private ModelDetector() {
    }

    /**
     * The best-scoring layout, or null when no layout has a single marker more than its counter-markers.
     * {@code qrOnFace} is asked only when the two chip backs tie ({@link #chipBack}).
     */
    static CardLayout detect(List<TextRow> rows, List<CardLayout> layouts, BooleanSupplier qrOnFace) {
        StringBuilder all = new StringBuilder();
        for (TextRow row : rows) {
            for (OcrWord w : row.words()) {
                all.append(w.compact());
            }
            all.append('|');
        }
        String text = all.toString();
        boolean mrzRead = rows.stream().anyMatch(ModelDetector::mrzLike);
        boolean addresses = printsAddresses(rows);
        CardLayout best = null;
        int bestScore = 0;
        List<CardLayout> tied = new ArrayList<>();
        for (CardLayout layout : layouts) {
            int score = 0;
            for (String m : layout.markers()) {
                score += (m.startsWith("=") ? aRowIs(rows, compact(m)) : FuzzyFind.contains(text, compact(m))) ? 1 : 0;
            }
            for (String m : layout.absent()) {
                score -= FuzzyFind.contains(text, compact(m)) ? 1 : 0;
            }
            score -= mrzRead != (layout.mrz() != null) ? 1 : 0;
            score -= addresses && !printsPlaces(layout) && layout.side() == CardSide.BACK ? 1 : 0;
            if (score > bestScore) {
                best = layout;
                bestScore = score;
                tied.clear();
            }
            if (score == bestScore && best != null) {
                tied.add(layout);
            }
        }
        // the two chip backs tied on their few legible markers: what stands above the MRZ tells them apart, also when
        // a single row of the MRZ was read
        if (tied.size() > 1 && tied.stream().allMatch(l -> l.mrz() != null && l.side() == CardSide.BACK)) {
            double mrzTop = rows.stream().filter(ModelDetector::mrzLike).mapToDouble(TextRow::top).min().orElse(1.0);
            CardLayout back = chipBack(rows, mrzTop, layouts, qrOnFace);
            return tied.contains(back) ? back : best;
        }
        return best;
    }

    /** A date row above the MRZ, its year's last digit allowed to be lost ("14/02/201%"). */
    private static final Pattern DATE_LIKE = Pattern.compile("\\d{1,2}\\s*[/\\-.,]\\s*\\d{1,2}\\s*[/\\-.,]\\s*\\d{3}");

    /**
     * When no marker was legible: a card with two or more MRZ rows (long, with fillers) is a chip card's
     * back, which one as {@link #chipBack} tells. Null when there is no MRZ: nothing else tells a face apart
     * without its print. Also what breaks a tie between the two chip backs when their markers count the same.
     */
    static CardLayout backByMrz(List<TextRow> rows, List<CardLayout> layouts, BooleanSupplier qrOnFace) {
        List<TextRow> mrz = rows.stream().filter(r -> r.text().contains("<<") && r.text().replaceAll("\\s", "").length() >= 20).toList();
        if (mrz.size() < 2) {
            return null;
        }
        return chipBack(rows, mrz.stream().mapToDouble(TextRow::top).min().orElseThrow(), layouts, qrOnFace);
    }

    /**
     * Which chip card's back has an MRZ whose top stands at {@code mrzTop}: the 2024 one when two dates stand above
     * the MRZ (issue and expiry), when its text holds addresses or a row ends with a province's name (the 2021 back
     * prints no place: identifying marks, a date, the issuer), or when a QR code stands in its upper half (the 2021
     * card's is on its front); else the 2021 one. The QR is looked for last, only when the print told nothing.
     */
    static CardLayout chipBack(List<TextRow> rows, double mrzTop, List<CardLayout> layouts, BooleanSupplier qrOnFace) {
        long dates = rows.stream().filter(r -> r.bottom() <= mrzTop && DATE_LIKE.matcher(r.text()).find()).count();
        CardModel model = dates >= 2 || printsAddresses(rows) || endsWithProvince(rows) || qrOnFace.getAsBoolean()
                ? CardModel.CAN_CUOC_2024 : CardModel.CCCD_2021;
        return layouts.stream().filter(l -> l.model() == model && l.side() == CardSide.BACK).findFirst().orElse(null);
    }

    /**
     * Whether the text holds addresses: two or more parts naming a unit ("Xã Bàn Mế", "Huyện Bắc Hà"). The 2024
     * back prints two places, the older backs none (identifying marks, a date, the issuer, fingerprints), so
     * addresses count against a back without places and tell the 2024 back by them when its dates were lost.
     */
    static boolean printsAddresses(List<TextRow> rows) {
        return BackPlaces.unitParts(rows.stream().filter(r -> !mrzLike(r)).toList()) >= 2;
    }

    /**
     * Whether a row other than the MRZ's ends with a province's name, its type garbled or lost ("Lính Cà Mau",
     * "Hải Phòng"), after a comma or a dash ("Đặc khu Phú Quý - Tỉnh Lâm Đồng"): the last part of a place, as
     * {@link Gazetteer#correctLastPart} reads it.
     */
    private static boolean endsWithProvince(List<TextRow> rows) {
        Gazetteer provinces = Gazetteer.provinces();
        return rows.stream().filter(r -> !mrzLike(r) && !r.text().isBlank())
                .map(r -> provinces.correctLastPart(r.text().strip()))
                .anyMatch(place -> provinces.namesProvince(place) || provinces.namesProvince(place.replace(" - ", ", ")));
    }

    private static boolean printsPlaces(CardLayout layout) {
        return layout.fields().stream().anyMatch(f -> f.lines() > 1);
    }

    /**
     * A row of an MRZ as OCR leaves it: 20 characters or more, two of them fillers ({@code <}, often read
     * {@code «}); no label or value of a card's print has a filler.
     */
    static boolean mrzLike(TextRow row) {
        String t = row.text().replaceAll("\\s", "");
        return t.length() >= 20 && t.chars().filter(c -> c == '<' || c == '«').count() >= 2;
    }

    /**
     * A marker written {@code "=phrase"} is a whole row (a letter off): the 2024 card's title "CĂN CƯỚC" alone,
     * which is also the start of the older cards' "CĂN CƯỚC CÔNG DÂN".
     */
    private static boolean aRowIs(List<TextRow> rows, String phrase) {
        return rows.stream().anyMatch(r -> Edits.distance(OcrWord.compact(r.words()),
                phrase) <= FuzzyFind.allowed(phrase.length()));
    }

    static String compact(String phrase) {
        return Fold.fold(phrase).replaceAll("[^a-z0-9]", "");
    }
}
