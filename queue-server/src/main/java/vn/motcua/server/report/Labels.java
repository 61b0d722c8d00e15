package vn.motcua.server.report;

import java.util.Map;

/** Vietnamese and English names of the codes that appear in reports. */
final class Labels {
    static final Map<String, String[]> CATEGORY = Map.of(
            "NORMAL", new String[] {"Thông thường", "Normal"},
            "ELDERLY", new String[] {"Người cao tuổi", "Elderly"},
            "DISABLED", new String[] {"Người khuyết tật", "Disabled"},
            "PREGNANT", new String[] {"Phụ nữ mang thai", "Pregnant"},
            "MERIT", new String[] {"Người có công", "Person with merit"},
            "CHILD", new String[] {"Đi cùng trẻ nhỏ", "With a small child"},
            "APPOINTMENT", new String[] {"Đặt lịch hẹn", "Appointment"});
    static final String[] WEEKDAY_VI = {"Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"};
    static final String[] WEEKDAY_EN = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

    private Labels() {
    }

    static String[] category(String code) {
        return CATEGORY.getOrDefault(code, new String[] {code, code});
    }
}
