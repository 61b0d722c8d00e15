package vn.motcua.server.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;

/** The answer of GET /api/v1/reports/summary; every duration in minutes. */
public record Summary(String from, String to, Filters filters, OffsetDateTime generatedAt, String centreName,
                      Targets targets, int visits, @JsonProperty("wait") Stats waiting, Stats processing, Double noShowRate, Double cancelRate,
                      int noShows, int cancelled, int stillWaitingAtClose, int received, Group.Satisfaction satisfaction,
                      List<Group> byService, List<Group> byCounter, List<Group> byOfficer, List<Group> byCategory,
                      List<Group> byHour, List<Group> byWeekday, List<Group> byDay, List<Group> byWeek,
                      List<Group> byMonth, Productivity productivity, List<Bin> waitDistribution, List<Cell> heatmap,
                      List<String> priorityRule, int setAside, Stats aside, SeveralServices severalServices,
                      AppointmentWait appointmentWait, Appointments appointments) {

    /**
     * How the centre kept its appointments (visits with category APPOINTMENT that were called, under the query's
     * filters): {@code wait} from the later of check-in and the booked slot to the first call, its
     * {@code withinTargetShare} against each service's wait target as everywhere; {@code onTimeShare} the share
     * called within {@code onTimeMinutes} of that moment (the report setting, 5 minutes by default).
     */
    public record AppointmentWait(int onTimeMinutes, @JsonProperty("wait") Stats waiting, Double onTimeShare) {
    }

    /**
     * Visits with several services: each service counts its own visit (its wait from joining that queue); here the
     * citizen's whole visit: how many, how many service visits they made, and the total wait (sum over services).
     */
    public record SeveralServices(int visits, int serviceVisits, Stats totalWait) {
    }

    /**
     * Booked appointments of the range (the service filter applies; counter and officer do not): a booking
     * still unused when its check-in window ended is a no-show; {@code pending} ones may still come.
     */
    public record Appointments(int booked, int checkedIn, int noShows, int cancelled, int pending, Double noShowRate) {
    }

    /** The figures of the visits alone (the hub's and the builder's); the centre adds its appointments. */
    public Summary(String from, String to, Filters filters, OffsetDateTime generatedAt, String centreName,
                   Targets targets, int visits, Stats waiting, Stats processing, Double noShowRate, Double cancelRate,
                   int noShows, int cancelled, int stillWaitingAtClose, int received, Group.Satisfaction satisfaction,
                   List<Group> byService, List<Group> byCounter, List<Group> byOfficer, List<Group> byCategory,
                   List<Group> byHour, List<Group> byWeekday, List<Group> byDay, List<Group> byWeek,
                   List<Group> byMonth, Productivity productivity, List<Bin> waitDistribution, List<Cell> heatmap,
                   List<String> priorityRule, int setAside, Stats aside, SeveralServices severalServices,
                   AppointmentWait appointmentWait) {
        this(from, to, filters, generatedAt, centreName, targets, visits, waiting, processing, noShowRate, cancelRate, noShows,
                cancelled, stillWaitingAtClose, received, satisfaction, byService, byCounter, byOfficer, byCategory, byHour,
                byWeekday, byDay, byWeek, byMonth, productivity, waitDistribution, heatmap, priorityRule, setAside, aside,
                severalServices, appointmentWait, null);
    }

    public Summary withAppointments(Appointments a) {
        return new Summary(from, to, filters, generatedAt, centreName, targets, visits, waiting, processing, noShowRate, cancelRate,
                noShows, cancelled, stillWaitingAtClose, received, satisfaction, byService, byCounter, byOfficer, byCategory, byHour,
                byWeekday, byDay, byWeek, byMonth, productivity, waitDistribution, heatmap, priorityRule, setAside, aside,
                severalServices, appointmentWait, a);
    }

    public record Filters(String service, Integer counter, Long officer) {
    }

    public record ServiceTarget(String code, String nameVi, String nameEn, int waitMinutes, int processingMinutes) {
    }

    public record Targets(int waitMinutes, int processingMinutes, double satisfaction, List<ServiceTarget> services) {
    }

    /** Productivity: dossiers received per officer per working day, annualised against the yearly norm. */
    public record Productivity(String centreLevel, String centreLevelVi, String centreLevelEn, int normPerYear,
                               int workingDaysPerYear, List<OfficerProductivity> officers) {
    }

    public record OfficerProductivity(long officerId, String username, String displayName, int received, int workingDays,
                                      Double perWorkingDay, Double annualised, Double normShare) {
    }

    /** Called visits whose wait fell in [fromMinutes, toMinutes); the last bin has no upper end. */
    public record Bin(int fromMinutes, Integer toMinutes, int visits) {
    }

    /** Visits by arrival weekday (1 Monday … 7 Sunday) and hour, with their mean wait. */
    public record Cell(int weekday, int hour, int visits, Double meanWait) {
    }
}
