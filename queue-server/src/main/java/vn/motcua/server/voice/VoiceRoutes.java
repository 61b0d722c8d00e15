package vn.motcua.server.voice;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.client.EventType;
import vn.motcua.client.QueueEvent;
import vn.motcua.server.event.EventBus;
import vn.motcua.server.http.ApiException;

/**
 * GET /api/v1/voice/call.wav?number=A0012&amp;counter=5&amp;lang=vi|en|bi and GET /api/v1/voice/chime.wav.
 * Public like the board pages: the audio names a ticket number and a counter, nothing personal.
 */
public final class VoiceRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(VoiceRoutes.class);
    private final VoiceService voice;
    /** One worker, a short queue: pre-warming is an optimisation and is dropped under a burst. */
    private final ExecutorService prewarm = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(64), r -> {
                Thread t = new Thread(r, "voice-prewarm");
                t.setDaemon(true);
                return t;
            }, new ThreadPoolExecutor.DiscardPolicy());

    public VoiceRoutes(VoiceService voice, EventBus bus) {
        this.voice = voice;
        // Synthesising when the call happens, not when the first board asks, takes it off the board's path.
        bus.subscribe(this::prewarm);
    }

    public void addTo(JavalinConfig config) {
        config.routes.get("/api/v1/voice/call.wav", this::call);
        config.routes.get("/api/v1/voice/chime.wav", ctx -> send(ctx, voice.chime()));
    }

    private void call(Context ctx) throws IOException {
        Announcement a;
        try {
            a = new Announcement(ctx.queryParam("number"), counter(ctx.queryParam("counter")),
                    Announcement.Language.parse(ctx.queryParam("lang")));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("invalid_field", "Tham số không hợp lệ / " + e.getMessage());
        }
        if (!voice.available()) {
            throw new ApiException(503, "voice_unavailable",
                    "Không có bộ tổng hợp giọng nói / espeak-ng is not installed on the server");
        }
        try {
            send(ctx, voice.announcement(a));
        } catch (IOException e) {
            LOG.warn("Announcement audio failed: {}", e.getMessage());
            throw new ApiException(503, "voice_unavailable", "Không tạo được âm thanh / speech synthesis failed");
        }
    }

    private static int counter(String raw) {
        try {
            return Integer.parseInt(raw == null ? "" : raw.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("counter must be 1.." + Announcement.MAX_COUNTER);
        }
    }

    private static void send(Context ctx, Path file) throws IOException {
        // The bytes of one key never change, so boards and browsers may keep them for the day.
        ctx.header("Cache-Control", "public, max-age=86400");
        // Audio has no charset; without clearing it Jetty would append the default "charset=utf-8".
        ctx.res().setCharacterEncoding(null);
        ctx.res().setContentType("audio/wav");
        try (InputStream in = Files.newInputStream(file)) {
            ctx.result(in.readAllBytes());
        }
    }

    private void prewarm(List<QueueEvent> events) {
        for (QueueEvent e : events) {
            if (EventType.TICKET_CALLED.is(e.type()) && e.number() != null && e.counter() != null) {
                prewarm.execute(() -> {
                    if (!voice.available()) {
                        return;
                    }
                    try {
                        voice.announcement(new Announcement(e.number(), e.counter(), Announcement.Language.VI));
                    } catch (IOException | IllegalArgumentException ex) {
                        LOG.debug("Pre-warming an announcement failed: {}", ex.toString());
                    }
                });
            }
        }
    }
}
