package vn.motcua.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import vn.motcua.client.Category;
import vn.motcua.client.IssueTicketRequest;
import vn.motcua.server.auth.Principal;
import vn.motcua.server.auth.Role;
import vn.motcua.server.storage.Sql;

/** Part "store": ticket issue in process, without HTTP. */
final class StoreOnlyBench extends BenchPart {
    StoreOnlyBench(BenchRun run) {
        super(run);
    }

    /**
     * The same tickets without HTTP: 100 threads call the ticket service in this process, so the figure is
     * what the store sustains, and the writer thread's CPU per ticket is the serial part of every write.
     */
    void storeOnly() throws Exception {
        try (DemoServer demo = DemoServer.start("store", TicketIssueBench::addServices)) {
            var app = demo.app().components();
            String[] codes = app.db().read(c -> Sql.list(c, "SELECT code FROM service", rs -> rs.getString(1)))
                    .toArray(String[]::new);
            Principal kiosk = app.db().read(c -> Sql.one(c, "SELECT id, name FROM device WHERE kind = 'KIOSK' LIMIT 1",
                    rs -> new Principal(rs.getLong(1), rs.getString(2), Role.KIOSK, true)).orElseThrow());
            java.util.concurrent.atomic.AtomicLong seq = new java.util.concurrent.atomic.AtomicLong();
            java.util.concurrent.atomic.AtomicLong failed = new java.util.concurrent.atomic.AtomicLong();
            Runnable issue = () -> {
                long i = seq.incrementAndGet();
                try {
                    app.ticketService().issue(new IssueTicketRequest(codes[(int) (i % codes.length)], Category.NORMAL,
                            "store-" + i), kiosk, "http://127.0.0.1");
                } catch (RuntimeException e) {
                    failed.incrementAndGet();
                }
            };
            runThreads(100, warmup, issue);
            long cpuBefore = writerCpuNanos();
            long before = seq.get();
            long started = System.nanoTime();
            runThreads(100, measure, issue);
            double seconds = (System.nanoTime() - started) / 1e9;
            long tickets = seq.get() - before;
            double perSecond = tickets / seconds;
            double writerMicros = (writerCpuNanos() - cpuBefore) / 1000.0 / tickets;
            results.put("storeOnlyTicketsPerSecond", Math.round(perSecond));
            results.put("storeOnlyWriterCpuMicrosPerTicket", writerMicros);
            row("ticket issue in process, no HTTP (TicketService, 100 threads)", String.format("%.0f tickets/s, "
                    + "writer thread %.1f us CPU per ticket", perSecond, writerMicros));
            if (failed.get() > 0) {
                row("  NOT VALID: refused or failed tickets were counted", failed.get() + " errors");
            }
        }
    }

    private static void runThreads(int threads, int seconds, Runnable task) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<Thread> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < end) {
                    task.run();
                }
            });
            thread.start();
            running.add(thread);
        }
        for (Thread thread : running) {
            thread.join();
        }
    }

    private static long writerCpuNanos() {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (var info : threads.dumpAllThreads(false, false)) {
            if (info.getThreadName().equals("db-writer")) {
                return threads.getThreadCpuTime(info.getThreadId());
            }
        }
        throw new IllegalStateException("no db-writer thread");
    }
}
