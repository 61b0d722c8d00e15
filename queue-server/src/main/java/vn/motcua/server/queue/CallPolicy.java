package vn.motcua.server.queue;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import vn.motcua.client.Category;

/**
 * Chooses whom a counter calls next. Pure: no clock, no store, so the rule can be tested exhaustively.
 *
 * <ol>
 *   <li>A normal visitor who has waited {@code starvationShare} × the service's target is called first
 *       (longest wait first), so a stream of priority visitors never pushes anyone past the target.</li>
 *   <li>A priority counter calls priority visitors first.</li>
 *   <li>An ordinary counter calls priority visitors first, but after {@code priorityPerNormal} priority
 *       calls in a row it calls one normal visitor.</li>
 *   <li>Among priority visitors: higher category weight, then earlier arrival; among normal visitors:
 *       earlier arrival. Ties go to the service the counter lists first.</li>
 * </ol>
 * Booked visitors (an APPOINTMENT ticket issued by a booking's check-in, so it knows its slot) are called at
 * or after the slot's start ahead of every walk-in, except a walk-in of any category who has already waited
 * {@code starvationShare} of the target: the cap holds for everyone. Before the slot a booked visitor is
 * called only when no walk-in waits (the counter would otherwise stand idle).
 */
public final class CallPolicy {
    private final PolicySettings settings;
    private final Supplier<CheckInWindow> window;

    public CallPolicy(PolicySettings settings) {
        this(settings, () -> CheckInWindow.DEFAULT);
    }

    /** {@code window}: the booking check-in window in force, only for stating the rule in words. */
    public CallPolicy(PolicySettings settings, Supplier<CheckInWindow> window) {
        this.settings = settings;
        this.window = window;
    }

    /**
     * A waiting visitor as the policy sees it; {@code slotStart} (epoch ms) only for a checked-in booking;
     * {@code remoteUnconfirmed} for a ticket joined from a phone whose holder has not yet shown up.
     */
    public record Candidate(long ticketId, String service, Category category, long arrivedAt, int servicePosition,
                            long targetWaitMillis, Long slotStart, boolean remoteUnconfirmed) {
        public Candidate(long ticketId, String service, Category category, long arrivedAt, int servicePosition,
                         long targetWaitMillis) {
            this(ticketId, service, category, arrivedAt, servicePosition, targetWaitMillis, null);
        }

        public Candidate(long ticketId, String service, Category category, long arrivedAt, int servicePosition,
                         long targetWaitMillis, Long slotStart) {
            this(ticketId, service, category, arrivedAt, servicePosition, targetWaitMillis, slotStart, false);
        }

        public boolean booked() {
            return slotStart != null;
        }

        boolean waitedPastCap(long now, double share) {
            return now - arrivedAt >= (long) (share * targetWaitMillis);
        }
    }

    /** The calling counter as the policy sees it. */
    public record CounterView(boolean priorityCounter, int prioritySinceNormal) {
    }

    public PolicySettings settings() {
        return settings;
    }

    /** The next visitor; a remote ticket not yet confirmed at the centre is never called (nobody is there). */
    public Optional<Candidate> choose(List<Candidate> all, CounterView counter, long now) {
        List<Candidate> waiting = all.stream().filter(c -> !c.remoteUnconfirmed()).toList();
        Comparator<Candidate> byArrival = Comparator.comparingLong(Candidate::arrivedAt)
                .thenComparingInt(Candidate::servicePosition).thenComparingLong(Candidate::ticketId);
        Comparator<Candidate> byPriority = Comparator.<Candidate>comparingInt(c -> -settings.weight(c.category()))
                .thenComparing(byArrival);

        List<Candidate> walkIns = waiting.stream().filter(c -> !c.booked()).toList();
        List<Candidate> normal = walkIns.stream().filter(c -> !c.category().isPriority()).toList();
        List<Candidate> priority = walkIns.stream().filter(c -> c.category().isPriority()).toList();

        Optional<Candidate> starving = normal.stream()
                .filter(c -> c.waitedPastCap(now, settings.starvationShare()))
                .min(byArrival);
        if (starving.isPresent()) {
            return starving;
        }
        Comparator<Candidate> bySlot = Comparator.comparingLong(Candidate::slotStart).thenComparing(byArrival);
        Optional<Candidate> due = waiting.stream().filter(c -> c.booked() && c.slotStart() <= now).min(bySlot);
        if (due.isPresent()) {
            Optional<Candidate> starvingPriority = priority.stream()
                    .filter(c -> c.waitedPastCap(now, settings.starvationShare())).min(byPriority);
            return starvingPriority.isPresent() ? starvingPriority : due;
        }
        if (walkIns.isEmpty()) {
            return waiting.stream().min(bySlot);
        }
        Optional<Candidate> bestPriority = priority.stream().min(byPriority);
        Optional<Candidate> bestNormal = normal.stream().min(byArrival);
        if (bestPriority.isEmpty()) {
            return bestNormal;
        }
        if (bestNormal.isEmpty() || counter.priorityCounter()
                || counter.prioritySinceNormal() < settings.priorityPerNormal()) {
            return bestPriority;
        }
        return bestNormal;
    }

    /** The rule in words, Vietnamese then English, for the manager page and the docs. */
    public List<String> describe() {
        int cap = (int) Math.round(settings.starvationShare() * 100);
        CheckInWindow w = window.get();
        return List.of(
                "Quầy ưu tiên gọi người cao tuổi, người khuyết tật, phụ nữ mang thai, người có công, người đi cùng trẻ nhỏ "
                        + "và người đặt lịch hẹn trước.",
                "Quầy thường: sau " + settings.priorityPerNormal() + " lượt ưu tiên liên tiếp sẽ gọi 1 người thường.",
                "Người thường đã chờ " + cap + "% thời gian chờ mục tiêu của dịch vụ được gọi trước mọi người ưu tiên.",
                "Người đặt lịch hẹn lấy số tại ki-ốt từ " + w.earlyMinutes() + " phút trước đến " + w.lateMinutes()
                        + " phút sau giờ hẹn; từ giờ hẹn trở đi được gọi trước người đến trực tiếp của dịch vụ đó, trừ người đã chờ "
                        + cap + "% thời gian chờ mục tiêu; trước giờ hẹn chỉ được gọi khi không còn ai khác chờ.",
                "Người lấy số từ xa chỉ được gọi sau khi đã quét mã xác nhận tại trung tâm; chưa xác nhận khi đến gần lượt thì số bị bỏ qua.",
                "Priority counters call elderly, disabled, pregnant, merit, with-small-child and appointment visitors first.",
                "Ordinary counters: after " + settings.priorityPerNormal() + " priority calls in a row, one normal visitor is called.",
                "A normal visitor who has waited " + cap + "% of the service's target wait is called before any priority visitor.",
                "Booked visitors check in at the kiosk from " + w.earlyMinutes() + " min before to " + w.lateMinutes()
                        + " min after their slot; from the slot's start they are called ahead of the service's walk-ins, except "
                        + "anyone who has waited " + cap + "% of the target; before the slot only when nobody else waits.",
                "A ticket taken remotely is called only once its holder has scanned the confirmation code at the centre; "
                        + "unconfirmed when its turn is near, it is skipped.");
    }
}
