package vn.motcua.server.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import vn.motcua.client.Category;
import vn.motcua.client.TicketState;
import vn.motcua.server.queue.PolicySettings;
import vn.motcua.server.queue.WaitEstimator;
import vn.motcua.server.service.ServiceStore;
import vn.motcua.server.storage.Database;
import vn.motcua.server.storage.Sql;

/**
 * The people-ahead count read from the per-category waiting totals agrees with the rule counted ticket by
 * ticket, on queues with equal arrival times, arrivals out of order (offline kiosks replaying), tickets
 * leaving and rejoining, and any weights; and the totals kept by triggers always match the ticket rows.
 */
class PeopleAheadPropertiesTest {
    private static final List<String> SERVICES = List.of("A", "B");

    @Property(tries = 40)
    void aheadFromTotalsMatchesTheRuleCountedTicketByTicket(@ForAll long seed) throws Exception {
        Random random = new Random(seed);
        PolicySettings policy = randomPolicy(random);
        TicketStore store = new TicketStore();
        TicketViews views = new TicketViews(new ServiceStore(), new WaitEstimator(), policy);
        Path dir = Files.createTempDirectory("ahead-");
        try (Database db = Database.open(dir)) {
            List<Ticket> tickets = db.transaction(c -> {
                for (String code : SERVICES) {
                    Sql.update(c, "INSERT INTO service (code, prefix, name_vi, name_en) VALUES (?, ?, ?, ?)",
                            code, code, "Dịch vụ " + code, "Service " + code);
                }
                List<Ticket> made = new ArrayList<>();
                int count = 1 + random.nextInt(60);
                for (int i = 0; i < count; i++) {
                    String service = SERVICES.get(random.nextInt(SERVICES.size()));
                    Category category = random.nextInt(3) == 0
                            ? Category.values()[random.nextInt(Category.values().length)] : Category.NORMAL;
                    long arrived = 1_000L * random.nextInt(20); // few distinct times: ties and replays out of order
                    Ticket t = new Ticket(0, service + String.format("%04d", i + 1), service, "2026-11-30", category,
                            TicketState.WAITING, arrived, arrived, null, null, 0, null, null, null, arrived);
                    made.add(store.find(c, store.insert(c, t)).orElseThrow());
                }
                for (int i = 0; i < made.size(); i++) { // some leave the queue, some of those come back
                    Ticket t = made.get(i);
                    if (random.nextInt(3) == 0) {
                        t = t.withState(random.nextBoolean() ? TicketState.CALLED : TicketState.CANCELLED, 5);
                        store.update(c, t);
                        if (random.nextInt(3) == 0) {
                            t = t.withState(TicketState.WAITING, 6);
                            store.update(c, t);
                        }
                    }
                    made.set(i, t);
                }
                return made;
            });
            db.read(c -> {
                assertThat(totals(c)).isEqualTo(Sql.list(c, "SELECT service_code, category, COUNT(*) FROM ticket "
                        + "WHERE state = 'WAITING' GROUP BY 1, 2 ORDER BY 1, 2", PeopleAheadPropertiesTest::row));
                for (Ticket t : tickets) {
                    if (t.state() == TicketState.WAITING) {
                        assertThat(views.ahead(c, t)).as("ahead of %s %s at %d", t.number(), t.category(), t.arrivedAt())
                                .isEqualTo(byRule(tickets, t, policy));
                    }
                }
                return null;
            });
        }
    }

    /** The rule as the citizen is told it, counted over every waiting ticket. */
    private static int byRule(List<Ticket> all, Ticket t, PolicySettings policy) {
        int ahead = 0;
        for (Ticket o : all) {
            if (o.id() == t.id() || o.state() != TicketState.WAITING || !o.serviceCode().equals(t.serviceCode())) {
                continue;
            }
            boolean earlier = o.arrivedAt() < t.arrivedAt() || (o.arrivedAt() == t.arrivedAt() && o.id() < t.id());
            boolean before;
            if (!t.category().isPriority()) {
                before = earlier || o.category().isPriority();
            } else {
                int mine = policy.weight(t.category());
                int theirs = policy.weight(o.category());
                before = theirs > mine || (theirs == mine && earlier);
            }
            if (before) {
                ahead++;
            }
        }
        return ahead;
    }

    private static List<String> totals(java.sql.Connection c) throws java.sql.SQLException {
        return Sql.list(c, "SELECT service_code, category, n FROM waiting_count WHERE n > 0 ORDER BY 1, 2",
                PeopleAheadPropertiesTest::row);
    }

    private static String row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return rs.getString(1) + "/" + rs.getString(2) + "=" + rs.getInt(3);
    }

    private static PolicySettings randomPolicy(Random random) {
        Map<Category, Integer> weights = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            weights.put(c, c.isPriority() ? 1 + random.nextInt(3) : 0); // few values: equal weights are common
        }
        return new PolicySettings(new TreeMap<>(weights), 2, 0.8);
    }
}
