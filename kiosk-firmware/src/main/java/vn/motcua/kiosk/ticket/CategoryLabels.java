package vn.motcua.kiosk.ticket;

import vn.motcua.client.Category;

/** Printed category names; the same words as the officer console and the touch UI. */
final class CategoryLabels {
    private CategoryLabels() {
    }

    static String vietnamese(Category category) {
        return switch (category) {
            case NORMAL -> "";
            case ELDERLY -> "Ưu tiên: Người cao tuổi";
            case DISABLED -> "Ưu tiên: Người khuyết tật";
            case PREGNANT -> "Ưu tiên: Phụ nữ mang thai";
            case MERIT -> "Ưu tiên: Người có công";
            case CHILD -> "Ưu tiên: Đi cùng trẻ nhỏ";
            case APPOINTMENT -> "Đặt lịch hẹn";
        };
    }
}
