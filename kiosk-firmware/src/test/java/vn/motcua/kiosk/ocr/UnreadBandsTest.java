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

    /**
     * A 1200 × 757 face as the 2024 back prints it: a QR of 37 × 37 modules of 7 px at the left, the gold chip under it,
     * the labels and values right of them (the labels' "Nơi" and "Ngày" one under the other).
     */
    private static java.awt.image.BufferedImage face(boolean qrAndChip) {
        java.awt.image.BufferedImage card = new java.awt.image.BufferedImage(1200, 757, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = card.createGraphics();
        g.setColor(new java.awt.Color(232, 230, 222));
        g.fillRect(0, 0, 1200, 757);
        g.setColor(new java.awt.Color(30, 30, 30));
        if (qrAndChip) {
            java.util.Random modules = new java.util.Random(7);
            for (int y = 0; y < 37; y++) {
                for (int x = 0; x < 37; x++) {
                    if (modules.nextBoolean()) {
                        g.fillRect(40 + 7 * x, 40 + 7 * y, 7, 7);
                    }
                }
            }
            g.setColor(new java.awt.Color(150, 115, 40));
            g.fillRoundRect(90, 330, 150, 120, 20, 20);
            g.setColor(new java.awt.Color(30, 30, 30));
        }
        g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 22));
        String[] rows = {"Nơi cư trú: Tổ 18, Thôn Trung Hậu, Xã Kim Chính,", "Place of residence", "Tỉnh Ninh Bình",
            "Nơi đăng ký khai sinh: Xã Tân Thành, Huyện Lương Sơn,", "Place of birth registration", "Ngày, tháng, năm cấp: 23/04/2026",
            "Date of issue", "Ngày, tháng, năm hết hạn: 24/12/2033", "Date of expiry"};
        for (int row = 0; row < rows.length; row++) {
            g.drawString(rows[row], 330, 70 + 52 * row);
        }
        g.dispose();
        return card;
    }

    @Test
    void theTextColumnStartsRightOfTheQrAndTheChip() {
        // the QR, the wider block, ends at 299 px: the column starts a hundredth of the width right of it
        assertThat(UnreadBands.blocksEnd(face(true), 0.7)).isEqualTo(299 / 1200.0 + 0.01, org.assertj.core.data.Offset.offset(0.004));
        // rows of text alone make no block
        assertThat(UnreadBands.blocksEnd(face(false), 0.7)).isZero();
    }
}
