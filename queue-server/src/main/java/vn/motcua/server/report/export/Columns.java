package vn.motcua.server.report.export;

import java.util.List;
import java.util.function.Function;
import vn.motcua.server.report.Group;
import vn.motcua.server.report.Summary;

/** The columns every export shares, Vietnamese header first, and the breakdowns in report order. */
final class Columns {
    enum Kind { TEXT, COUNT, MINUTES, SHARE }

    record Column(String vi, String en, Kind kind, Function<Group, Object> value) {
        String header() {
            return vi + " / " + en;
        }
    }

    record Breakdown(String code, String vi, String en, List<Group> groups) {
    }

    static final List<Column> GROUP = List.of(
            new Column("Mã", "Key", Kind.TEXT, Group::key),
            new Column("Tên", "Name", Kind.TEXT, Group::nameVi),
            new Column("Số lượt", "Visits", Kind.COUNT, Group::visits),
            new Column("Chờ TB (phút)", "Mean wait (min)", Kind.MINUTES, g -> g.waiting().mean()),
            new Column("Chờ trung vị", "Median wait", Kind.MINUTES, g -> g.waiting().median()),
            new Column("Chờ P90", "P90 wait", Kind.MINUTES, g -> g.waiting().p90()),
            new Column("Chờ lâu nhất", "Max wait", Kind.MINUTES, g -> g.waiting().max()),
            new Column("Chờ đạt mục tiêu", "Wait within target", Kind.SHARE, g -> g.waiting().withinTargetShare()),
            new Column("Xử lý TB (phút)", "Mean processing (min)", Kind.MINUTES, g -> g.processing().mean()),
            new Column("Xử lý trung vị", "Median processing", Kind.MINUTES, g -> g.processing().median()),
            new Column("Xử lý P90", "P90 processing", Kind.MINUTES, g -> g.processing().p90()),
            new Column("Xử lý lâu nhất", "Max processing", Kind.MINUTES, g -> g.processing().max()),
            new Column("Xử lý đạt mục tiêu", "Processing within target", Kind.SHARE, g -> g.processing().withinTargetShare()),
            new Column("Tỷ lệ vắng mặt", "No-show rate", Kind.SHARE, Group::noShowRate),
            new Column("Tỷ lệ huỷ", "Cancel rate", Kind.SHARE, Group::cancelRate),
            new Column("Còn chờ khi hết giờ", "Waiting at close", Kind.COUNT, Group::stillWaitingAtClose),
            new Column("Hồ sơ tiếp nhận", "Dossiers received", Kind.COUNT, Group::received),
            new Column("Lượt đánh giá", "Ratings", Kind.COUNT, g -> g.satisfaction().ratings()),
            new Column("Tỷ lệ hài lòng", "Satisfaction", Kind.SHARE, g -> g.satisfaction().rate()));

    static List<Breakdown> breakdowns(Summary s) {
        Group all = new Group("ALL", "Toàn trung tâm", "Whole centre", s.visits(), s.waiting(), s.processing(),
                s.noShowRate(), s.cancelRate(), s.noShows(), s.cancelled(), s.stillWaitingAtClose(), s.received(),
                s.satisfaction(), s.setAside(), s.aside());
        return List.of(
                new Breakdown("all", "Tổng hợp", "Overall", List.of(all)),
                new Breakdown("service", "Theo dịch vụ", "By service", s.byService()),
                new Breakdown("counter", "Theo quầy", "By counter", s.byCounter()),
                new Breakdown("officer", "Theo cán bộ", "By officer", s.byOfficer()),
                new Breakdown("category", "Theo đối tượng", "By category", s.byCategory()),
                new Breakdown("hour", "Theo giờ", "By hour", s.byHour()),
                new Breakdown("weekday", "Theo thứ", "By weekday", s.byWeekday()),
                new Breakdown("day", "Theo ngày", "By day", s.byDay()),
                new Breakdown("week", "Theo tuần", "By week", s.byWeek()),
                new Breakdown("month", "Theo tháng", "By month", s.byMonth()));
    }

    private Columns() {
    }
}
