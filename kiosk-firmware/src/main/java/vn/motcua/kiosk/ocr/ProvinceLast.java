package vn.motcua.kiosk.ocr;

import java.util.ArrayList;
import java.util.List;

/**
 * An address ends with its province. Pieces put side by side in one row (their boxes overlap on a tilted
 * photo) where a piece before the last ends with a province and the last does not: that piece is the
 * address's last row, read beside its first ("Tỉnh Thái Bình" left of "Xã Đông Mỹ, Huyện Tiền Hải,").
 */
final class ProvinceLast {
    private ProvinceLast() {
    }

    static List<CardTextParser.Line> inRow(List<CardTextParser.Line> row) {
        if (row.size() < 2 || AddressSpelling.endsWithProvince(CardTextParser.clean(row.get(row.size() - 1).text()))) {
            return row;
        }
        for (int i = 0; i < row.size() - 1; i++) {
            if (AddressSpelling.endsWithProvince(CardTextParser.clean(row.get(i).text()))) {
                List<CardTextParser.Line> out = new ArrayList<>(row);
                out.add(out.remove(i));
                return out;
            }
        }
        return row;
    }
}
