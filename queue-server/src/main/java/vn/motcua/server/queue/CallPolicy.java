package vn.motcua.server.queue;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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
 */
public final class CallPolicy {
    private final PolicySettings settings;

    public CallPolicy(PolicySettings settings) {
        this.settings = settings;
    }

    /** A waiting visitor as the policy sees it. */
    public record Candidate(long ticketId, String service, Category category, long arrivedAt, int servicePosition,
                            long targetWaitMillis) {
    }

    /** The calling counter as the policy sees it. */
    public record CounterView(boolean priorityCounter, int prioritySinceNormal) {
    }

    public PolicySettings settings() {
        return settings;
    }

    public Optional<Candidate> choose(List<Candidate> waiting, CounterView counter, long now) {
        Comparator<Candidate> byArrival = Comparator.comparingLong(Candidate::arrivedAt)
                .thenComparingInt(Candidate::servicePosition).thenComparingLong(Candidate::ticketId);
        Comparator<Candidate> byPriority = Comparator.<Candidate>comparingInt(c -> -settings.weight(c.category()))
                .thenComparing(byArrival);

        List<Candidate> normal = waiting.stream().filter(c -> !c.category().isPriority()).toList();
        List<Candidate> priority = waiting.stream().filter(c -> c.category().isPriority()).toList();

        Optional<Candidate> starving = normal.stream()
                .filter(c -> now - c.arrivedAt() >= (long) (settings.starvationShare() * c.targetWaitMillis()))
                .min(byArrival);
        if (starving.isPresent()) {
            return starving;
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
        return List.of(
                "Quầy ưu tiên gọi người cao tuổi, người khuyết tật, phụ nữ mang thai, người có công, người đi cùng trẻ nhỏ "
                        + "và người đặt lịch hẹn trước.",
                "Quầy thường: sau " + settings.priorityPerNormal() + " lượt ưu tiên liên tiếp sẽ gọi 1 người thường.",
                "Người thường đã chờ " + cap + "% thời gian chờ mục tiêu của dịch vụ được gọi trước mọi người ưu tiên.",
                "Priority counters call elderly, disabled, pregnant, merit, with-small-child and appointment visitors first.",
                "Ordinary counters: after " + settings.priorityPerNormal() + " priority calls in a row, one normal visitor is called.",
                "A normal visitor who has waited " + cap + "% of the service's target wait is called before any priority visitor.");
    }
}
