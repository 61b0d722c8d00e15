package vn.motcua.server.queue;

import java.util.EnumMap;
import java.util.Map;
import vn.motcua.client.Category;

/**
 * The priority rule in force. {@code weights}: higher is called first among priority visitors;
 * {@code priorityPerNormal}: at an ordinary counter, at most this many priority calls in a row before a
 * normal visitor is called; {@code starvationShare}: a normal visitor who has waited this share of the
 * service's target wait is called before any priority visitor.
 */
public record PolicySettings(Map<Category, Integer> weights, int priorityPerNormal, double starvationShare) {
    public PolicySettings {
        if (priorityPerNormal < 1) {
            throw new IllegalArgumentException("priorityPerNormal must be at least 1");
        }
        if (starvationShare <= 0 || starvationShare > 1) {
            throw new IllegalArgumentException("starvationShare must be in (0, 1]");
        }
        weights = Map.copyOf(weights);
    }

    public static PolicySettings defaults() {
        Map<Category, Integer> w = new EnumMap<>(Category.class);
        w.put(Category.DISABLED, 5);
        w.put(Category.ELDERLY, 4);
        w.put(Category.PREGNANT, 4);
        w.put(Category.MERIT, 4);
        w.put(Category.CHILD, 3);
        w.put(Category.APPOINTMENT, 2);
        w.put(Category.NORMAL, 0);
        return new PolicySettings(w, 2, 0.8);
    }

    public int weight(Category c) {
        return weights.getOrDefault(c, c.isPriority() ? 1 : 0);
    }
}
