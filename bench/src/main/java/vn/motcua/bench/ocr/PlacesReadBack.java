package vn.motcua.bench.ocr;

import java.util.List;
import vn.motcua.kiosk.ocr.CardModel;
import vn.motcua.kiosk.ocr.ListedPlaces;

/**
 * Bench part {@code places}: places drawn from the units' own lists, wrapped as a printer wraps them and read back
 * through the place stage as if OCR had read every letter right (kiosk-firmware's {@link ListedPlaces}); the table
 * counts those that come out otherwise than printed, and shows the first few; then both places of a 2024 back, a
 * 2016 front and a 2021 front laid out with the rows around them, through the labelled fields as well. No image and no OCR: what it
 * measures is the harm the reader's mending rules do to right readings, on every kind of place a card prints.
 */
public final class PlacesReadBack {
    private PlacesReadBack() {
    }

    /** The table for {@code n} places of each kind from {@code seed}, markdown. */
    public static String run(int n, long seed) {
        StringBuilder table = new StringBuilder("| place | places | read otherwise |\n|---|---|---|\n");
        StringBuilder examples = new StringBuilder();
        for (ListedPlaces.Kind kind : ListedPlaces.Kind.values()) {
            List<String> changed = ListedPlaces.changed(kind, seed + kind.ordinal(), n);
            table.append("| ").append(kind.label).append(" | ").append(n).append(" | ").append(changed.size()).append(" |\n");
            changed.stream().limit(3).forEach(c -> examples.append("- ").append(kind.label).append(", row width ").append(c).append('\n'));
        }
        List<String> onBack = ListedPlaces.changedOnBack(seed, n / 2);
        table.append("| both places laid out on a 2024 back with its labels and dates (cards) | ").append(n / 2).append(" | ")
                .append(onBack.size()).append(" |\n");
        onBack.stream().limit(3).forEach(c -> examples.append("- on a back, ").append(c).append('\n'));
        for (CardModel model : new CardModel[]{CardModel.CCCD_2016, CardModel.CCCD_2021}) {
            String front = (model == CardModel.CCCD_2016 ? "2016" : "2021") + " front";
            List<String> onFront = ListedPlaces.changedOnFront(model, seed, n / 2);
            table.append("| both places laid out on a ").append(front).append(" (cards) | ").append(n / 2).append(" | ")
                    .append(onFront.size()).append(" |\n");
            onFront.stream().limit(3).forEach(c -> examples.append("- on a ").append(front).append(", ").append(c).append('\n'));
        }
        return table + (examples.isEmpty() ? "" : "\nFirst of them (row width: printed → read)\n\n" + examples);
    }
}
