package vn.motcua.server.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.server.app.ServerApp;
import vn.motcua.server.auth.Role;
import vn.motcua.server.service.ServiceDef;

/**
 * Seeds a realistic centre once per data directory: services with their Vietnamese names, counters,
 * officers, a manager, a kiosk and a board, and writes the logins to {@code demo-credentials.json}.
 * Creates no tickets.
 */
public final class DemoSeeder {
    public static final String CENTRE_NAME = "Trung tâm Phục vụ hành chính công tỉnh Bắc Ninh";
    private static final List<ServiceDef> SERVICES = List.of(
            new ServiceDef("A", "A", "Hộ tịch", "Civil status", 15, 30, 8, false, 1),
            new ServiceDef("B", "B", "Chứng thực", "Certification", 15, 30, 5, false, 2),
            new ServiceDef("C", "C", "Đất đai", "Land", 15, 30, 12, false, 3),
            new ServiceDef("D", "D", "Đăng ký kinh doanh", "Business registration", 15, 30, 10, false, 4),
            new ServiceDef("E", "E", "Lý lịch tư pháp", "Judicial records", 15, 30, 7, false, 5),
            new ServiceDef("F", "F", "Bảo hiểm xã hội", "Social insurance", 15, 30, 9, false, 6),
            new ServiceDef("G", "G", "Trả kết quả", "Result return", 15, 30, 4, false, 7));
    private static final List<List<String>> COUNTER_SERVICES = List.of(
            List.of("A", "B", "C", "D", "E", "F", "G"), List.of("A"), List.of("A", "B"), List.of("B"),
            List.of("C"), List.of("D"), List.of("E", "F"), List.of("F", "G"));
    private final SecureRandom random = new SecureRandom();

    /** Seeds if the store is empty; returns true when it seeded. */
    public boolean seedIfEmpty(ServerApp.Components app, Path dataDir) {
        boolean empty = app.db().read(c -> app.services().all(c).isEmpty());
        if (!empty) {
            return false;
        }
        app.db().transaction(c -> {
            for (ServiceDef s : SERVICES) {
                app.services().insert(c, s, app.clock().millis());
            }
            for (int i = 0; i < COUNTER_SERVICES.size(); i++) {
                int number = i + 1;
                boolean priority = number == 1;
                app.counters().insert(c, number, priority ? "Quầy ưu tiên" : "Quầy " + number, priority,
                        COUNTER_SERVICES.get(i));
            }
            app.centre().put(c, "centre_name", CENTRE_NAME);
            vn.motcua.server.dossier.DossierModule.seedDemo(c);
            return null;
        });
        List<Map<String, Object>> officers = new ArrayList<>();
        for (int i = 1; i <= COUNTER_SERVICES.size(); i++) {
            String password = password();
            app.auth().addUser("officer" + i, password.toCharArray(), Role.OFFICER, "Cán bộ quầy " + i);
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("username", "officer" + i);
            o.put("password", password);
            o.put("counter", i);
            officers.add(o);
        }
        String managerPassword = password();
        app.auth().addUser("manager", managerPassword.toCharArray(), Role.MANAGER, "Giám đốc trung tâm");
        String kioskToken = app.auth().addDevice(Role.KIOSK, "kiosk-1");
        String boardToken = app.auth().addDevice(Role.BOARD, "board-hall");
        Map<String, String> ratingTokens = new LinkedHashMap<>();
        for (Map<String, Object> o : officers) {
            int counter = (Integer) o.get("counter");
            ratingTokens.put(Integer.toString(counter), app.auth().addDevice(Role.BOARD, "tablet-counter-" + counter, counter));
        }
        Map<String, Object> creds = new LinkedHashMap<>();
        creds.put("officers", officers);
        creds.put("manager", Map.of("username", "manager", "password", managerPassword));
        creds.put("kioskToken", kioskToken);
        creds.put("boardToken", boardToken);
        creds.put("ratingTokens", ratingTokens);
        try {
            Path file = dataDir.resolve("demo-credentials.json");
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), creds);
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write demo-credentials.json in " + dataDir, e);
        }
        return true;
    }

    private String password() {
        String alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
        StringBuilder sb = new StringBuilder("demo-");
        for (int i = 0; i < 8; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
