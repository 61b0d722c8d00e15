package vn.motcua.server.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import vn.motcua.server.storage.Database;

/**
 * The folded days: each finished day's visits packed into one report_day row, so a long report reads a few
 * hundred rows instead of replaying millions of events (and pays one JDBC call per day, not ~20 per visit).
 * A day is folded once, when nothing can change it any more (two days old, every visit ended); until then
 * it is replayed from the events like today. The format is versioned so a later change can refold. The province
 * hub packs its centres' finished days with the same {@link #pack} ({@code hub/DayFolder}).
 */
public final class VisitFacts {
    /** 2 added the visit's root and leg (several services) and the time set aside; 1 is still read. */
    private static final int FORMAT = 2;

    /** A folded day and the officers who worked it. */
    record Day(String day, int visits, Set<Long> officers) {
    }

    Map<String, Day> folded(Connection c, String from, String to) throws SQLException {
        Map<String, Day> out = new TreeMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT service_day, visits, officers FROM report_day "
                + "WHERE service_day BETWEEN ? AND ?")) {
            s.setString(1, from);
            s.setString(2, to);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Set<Long> officers = new TreeSet<>();
                    for (String o : rs.getString(3).split(",")) {
                        if (!o.isEmpty()) {
                            officers.add(Long.parseLong(o));
                        }
                    }
                    out.put(rs.getString(1), new Day(rs.getString(1), rs.getInt(2), officers));
                }
            }
        }
        return out;
    }

    /** Writes one day; does nothing if another request folded it meanwhile. */
    void fold(Database db, String day, List<Visit> visits, Set<Long> officers) {
        byte[] packed = pack(visits);
        db.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO report_day (service_day, visits, officers, facts) "
                    + "SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM report_day WHERE service_day = ?)")) {
                s.setString(1, day);
                s.setInt(2, visits.size());
                s.setString(3, String.join(",", officers.stream().map(String::valueOf).toList()));
                s.setBytes(4, packed);
                s.setString(5, day);
                s.executeUpdate();
            }
            return null;
        });
    }

    List<Visit> load(Connection c, Map<String, Day> days) throws SQLException {
        List<Visit> out = new ArrayList<>();
        if (days.isEmpty()) {
            return out;
        }
        List<String> keys = new ArrayList<>(days.keySet());
        try (PreparedStatement s = c.prepareStatement("SELECT service_day, facts FROM report_day "
                + "WHERE service_day BETWEEN ? AND ? AND visits > 0 ORDER BY service_day")) {
            s.setString(1, keys.get(0));
            s.setString(2, keys.get(keys.size() - 1));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String day = rs.getString(1);
                    if (days.containsKey(day)) {
                        unpack(day, rs.getBytes(2), out);
                    }
                }
            }
        }
        return out;
    }

    public static byte[] pack(List<Visit> visits) {
        Map<String, Integer> dictionary = new HashMap<>();
        List<String> words = new ArrayList<>();
        for (Visit v : visits) {
            for (String w : new String[] {v.service, v.category, v.end, v.outcome, v.rating}) {
                if (w != null && dictionary.putIfAbsent(w, words.size()) == null) {
                    words.add(w);
                }
            }
        }
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(visits.size() * 96 + 256);
             DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(FORMAT);
            out.writeInt(words.size());
            for (String w : words) {
                out.writeUTF(w);
            }
            out.writeInt(visits.size());
            for (Visit v : visits) {
                out.writeLong(v.rootTicket);
                out.writeShort(dictionary.get(v.service));
                out.writeShort(dictionary.get(v.category));
                out.writeLong(v.arrival);
                out.writeLong(v.waitStart);
                out.writeLong(v.firstCall);
                out.writeInt(v.firstCounter);
                out.writeLong(v.firstOfficer);
                int n = v.servings == null ? -1 : v.servings.size();
                out.writeShort(n);
                for (int i = 0; i < n; i++) {
                    Visit.Serving s = v.servings.get(i);
                    out.writeInt(s.counter());
                    out.writeLong(s.officer());
                    out.writeLong(s.millis());
                }
                out.writeShort(v.end == null ? -1 : dictionary.get(v.end));
                out.writeBoolean(v.waitingAtClose);
                out.writeShort(v.outcome == null ? -1 : dictionary.get(v.outcome));
                out.writeLong(v.finishOfficer);
                out.writeShort(v.rating == null ? -1 : dictionary.get(v.rating));
                out.writeInt(v.ratingCounter);
                out.writeLong(v.ratingOfficer);
                out.writeLong(v.visitRoot);
                out.writeShort(v.leg);
                out.writeBoolean(v.setAside);
                out.writeLong(v.aside);
            }
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void unpack(String day, byte[] packed, List<Visit> out) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(packed))) {
            int format = in.readInt();
            if (format != FORMAT && format != 1) {
                throw new IllegalStateException("report_day " + day + " has fact format " + format + ", expected " + FORMAT);
            }
            String[] words = new String[in.readInt()];
            for (int i = 0; i < words.length; i++) {
                words[i] = in.readUTF().intern();
            }
            int count = in.readInt();
            for (int k = 0; k < count; k++) {
                Visit v = new Visit(in.readLong(), words[in.readShort()], words[in.readShort()], day, in.readLong(),
                        in.readLong());
                v.firstCall = in.readLong();
                v.firstCounter = in.readInt();
                v.firstOfficer = in.readLong();
                int n = in.readShort();
                for (int i = 0; i < n; i++) {
                    v.addServing(in.readInt(), in.readLong(), in.readLong());
                }
                int end = in.readShort();
                v.end = end < 0 ? null : words[end];
                v.waitingAtClose = in.readBoolean();
                int outcome = in.readShort();
                v.outcome = outcome < 0 ? null : words[outcome];
                v.finishOfficer = in.readLong();
                int rating = in.readShort();
                v.rating = rating < 0 ? null : words[rating];
                v.ratingCounter = in.readInt();
                v.ratingOfficer = in.readLong();
                if (format >= 2) {
                    v.visitRoot = in.readLong();
                    v.leg = in.readShort();
                    v.setAside = in.readBoolean();
                    v.aside = in.readLong();
                }
                out.add(v);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("report_day " + day + " is damaged", e);
        }
    }
}
