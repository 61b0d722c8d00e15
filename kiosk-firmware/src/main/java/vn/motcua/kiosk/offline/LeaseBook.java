package vn.motcua.kiosk.offline;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.client.Json;
import vn.motcua.client.Lease;

/**
 * The numbers this kiosk holds for offline issuing, per service, kept in {@code leases.json}. A number is
 * marked used on disk before it is printed, so a restart can never print it twice.
 */
public final class LeaseBook {
    private static final Logger LOG = LoggerFactory.getLogger(LeaseBook.class);

    /** A lease and the next sequence value to hand out from it. */
    public record Held(Lease lease, int next) {
        int remaining() {
            return lease.last() - next + 1;
        }
    }

    /** One number taken from a lease. */
    public record Taken(Lease lease, String number) {
    }

    private final Path file;
    private final ObjectMapper json = Json.mapper();
    private final Map<String, List<Held>> byService = new LinkedHashMap<>();

    public LeaseBook(Path stateDir) {
        this.file = stateDir.resolve("leases.json");
        load();
    }

    private void load() {
        if (!Files.exists(file)) {
            return;
        }
        try {
            List<Held> all = json.readValue(file.toFile(), new TypeReference<List<Held>>() { });
            all.forEach(h -> byService.computeIfAbsent(h.lease().service(), k -> new ArrayList<>()).add(h));
        } catch (Exception e) {
            // A damaged file loses only unused numbers: they are skipped, never reissued.
            LOG.error("lease book {} unreadable, starting empty: {}", file, e.getMessage());
        }
    }

    public synchronized void add(Lease lease) {
        byService.computeIfAbsent(lease.service(), k -> new ArrayList<>()).add(new Held(lease, lease.first()));
        save();
    }

    /** Takes the next number of the service for today, or empty when this kiosk holds none. */
    public synchronized Optional<Taken> take(String service, LocalDate today) {
        dropPast(today);
        List<Held> held = byService.getOrDefault(service, List.of());
        for (int i = 0; i < held.size(); i++) {
            Held h = held.get(i);
            if (h.remaining() > 0) {
                held.set(i, new Held(h.lease(), h.next() + 1));
                save();
                return Optional.of(new Taken(h.lease(), h.lease().number(h.next())));
            }
        }
        return Optional.empty();
    }

    public synchronized int remaining(String service, LocalDate today) {
        dropPast(today);
        return byService.getOrDefault(service, List.of()).stream().mapToInt(Held::remaining).sum();
    }

    private void dropPast(LocalDate today) {
        String day = today.toString();
        boolean changed = false;
        for (List<Held> held : byService.values()) {
            changed |= held.removeIf(h -> !h.lease().serviceDay().equals(day) || h.remaining() <= 0);
        }
        if (changed) {
            save();
        }
    }

    private void save() {
        try {
            StateFiles.replace(file, json.writeValueAsString(byService.values().stream().flatMap(List::stream).toList()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
