package vn.motcua.kiosk.ticket;

import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.client.QueueApiException;
import vn.motcua.client.QueueClient;
import vn.motcua.client.ServiceInfo;

/**
 * The centre's name and services as the server last told them; kept so the home screen still shows the
 * tiles when the server blinks.
 */
public final class CentreInfo {
    private static final Logger LOG = LoggerFactory.getLogger(CentreInfo.class);
    private final QueueClient server;
    private volatile String name = "Bộ phận Một cửa";
    private volatile List<ServiceInfo> services = List.of();

    private final java.nio.file.Path cache;

    /** @param stateDir where the last known services are kept, so a kiosk restarted offline still shows its tiles */
    public CentreInfo(QueueClient server, java.nio.file.Path stateDir) {
        this.server = server;
        this.cache = stateDir.resolve("centre.json");
        try {
            if (java.nio.file.Files.exists(cache)) {
                Cached c = vn.motcua.client.Json.mapper().readValue(cache.toFile(), Cached.class);
                name = c.name();
                services = List.copyOf(c.services());
            }
        } catch (java.io.IOException e) {
            LOG.warn("cached services unreadable: {}", e.getMessage());
        }
    }

    record Cached(String name, List<ServiceInfo> services) {
    }

    /** Asks the server again; keeps the previous answer when it cannot be reached. */
    public boolean refresh() {
        try {
            services = List.copyOf(server.services());
            name = server.queue().centreName();
            java.nio.file.Files.createDirectories(cache.getParent());
            vn.motcua.client.Json.mapper().writeValue(cache.toFile(), new Cached(name, services));
            return true;
        } catch (java.io.IOException e) {
            LOG.warn("services not cached: {}", e.getMessage());
            return true;
        } catch (QueueApiException e) {
            LOG.warn("services not refreshed: {}", e.getMessage());
            return false;
        }
    }

    public String name() {
        return name;
    }

    public List<ServiceInfo> services() {
        return services;
    }

    public Optional<ServiceInfo> service(String code) {
        return services.stream().filter(s -> s.code().equals(code)).findFirst();
    }
}
