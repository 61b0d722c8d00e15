package vn.motcua.kiosk.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnreadBandsTest {
    /** Rows of one word each, 0.03 of the card high, at these tops, starting at these lefts. */
    private static List<TextRow> rows(double[] tops, double[] lefts) {
        List<TextRow> rows = new ArrayList<>();
        for (int i = 0; i < tops.length; i++) {
            rows.add(new TextRow(List.of(new OcrWord("row" + i, 90, lefts[i], tops[i], lefts[i] + 0.3, tops[i] + 0.03, i))));
        }
        return rows;
    }

    @Test
    void aGapTallerThanTwoRowsIsABandFromTheColumnsEdge() {
        // rows every 0.05 but one gap of 0.22 (the issue date's label and value dropped), a QR's speck at 0.04
        List<double[]> bands = UnreadBands.bands(rows(new double[]{0.08, 0.13, 0.18, 0.40, 0.45},
                new double[]{0.26, 0.26, 0.04, 0.26, 0.26}));
        assertThat(bands).hasSize(1);
        assertThat(bands.get(0)[1]).isEqualTo(0.21, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(bands.get(0)[2]).isEqualTo(0.40, org.assertj.core.data.Offset.offset(1e-9));
        // the column's edge is where most rows start, less a row's height: not the speck's
        assertThat(bands.get(0)[0]).isEqualTo(0.23, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void theBandAboveTheFirstRowIsReadWhenTallerThanTwoRows() {
        // the first row read at 0.17: the first field's label and value above it were dropped
        double[] top = UnreadBands.top(rows(new double[]{0.17, 0.22, 0.33}, new double[]{0.26, 0.26, 0.26}));
        assertThat(top).containsExactly(new double[]{0.23, 0, 0.17}, org.assertj.core.data.Offset.offset(1e-9));
        // a first row near the top edge leaves none
        assertThat(UnreadBands.top(rows(new double[]{0.05, 0.10}, new double[]{0.26, 0.26}))).isNull();
    }

    @Test
    void rowsPrintedOneUnderTheOtherLeaveNoBand() {
        assertThat(UnreadBands.bands(rows(new double[]{0.08, 0.13, 0.18, 0.23, 0.26},
                new double[]{0.26, 0.26, 0.26, 0.26, 0.26}))).isEmpty();
        // a gap under two rows (a blank row between paragraphs) is no band
        assertThat(UnreadBands.bands(rows(new double[]{0.08, 0.16}, new double[]{0.26, 0.26}))).isEmpty();
        assertThat(UnreadBands.bands(rows(new double[]{0.08}, new double[]{0.26}))).isEmpty();
    }
}
