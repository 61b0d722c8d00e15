package vn.motcua.kiosk.offline;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.client.Category;
import vn.motcua.client.Json;

/**
 * Tickets issued while offline, in the order they were issued, in {@code offline-tickets.jsonl}: one line
 * per change, synced to disk. A ticket is written RESERVED before it prints and PRINTED after; one found
 * RESERVED after a crash is replayed too, because a citizen holding a ticket the queue does not know is
 * worse than a number the officer marks as a no-show.
 */
public final class OfflineJournal {
    private static final Logger LOG = LoggerFactory.getLogger(OfflineJournal.class);

    public enum Status { RESERVED, PRINTED, VOID, REPLAYED, REJECTED }

    public record Entry(String requestId, long leaseId, String service, String number, Category category,
                        OffsetDateTime issuedAt, Status status) {
        Entry with(Status s) {
            return new Entry(requestId, leaseId, service, number, category, issuedAt, s);
        }

        boolean pending() {
            return status == Status.RESERVED || status == Status.PRINTED;
        }
    }

    private final Path file;
    private final ObjectMapper json = Json.mapper();
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    public OfflineJournal(Path stateDir) {
        this.file = stateDir.resolve("offline-tickets.jsonl");
        load();
    }

    private void load() {
        if (!Files.exists(file)) {
            return;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    Entry e = json.readValue(line, Entry.class);
                    entries.put(e.requestId(), e);
                } catch (IOException e) {
                    // a line torn by a power cut: the change before it still stands
                    LOG.warn("skipping a damaged line in {}", file);
                }
            }
        } catch (IOException e) {
            LOG.error("offline journal {} unreadable: {}", file, e.getMessage());
        }
    }

    public synchronized void record(Entry entry) {
        try {
            StateFiles.appendLine(file, json.writeValueAsString(entry));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        entries.put(entry.requestId(), entry);
    }

    public synchronized void mark(Entry entry, Status status) {
        record(entry.with(status));
    }

    /** Tickets still to replay, oldest first. */
    public synchronized List<Entry> pending() {
        return new ArrayList<>(entries.values().stream().filter(Entry::pending).toList());
    }

    public synchronized List<Entry> all() {
        return List.copyOf(entries.values());
    }
}
