package vn.motcua.kiosk.app;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.kiosk.voice.GuideVoice;

/** GET /local/voice/prompts (the captions) and GET /local/voice/say.wav?key=…&amp;lang=vi|en. */
public final class GuideRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(GuideRoutes.class);
    private final GuideVoice voice;

    public GuideRoutes(GuideVoice voice) {
        this.voice = voice;
    }

    public void addTo(JavalinConfig config) {
        config.routes.get("/local/voice/prompts", this::prompts);
        config.routes.get("/local/voice/say.wav", this::say);
    }

    private void prompts(Context ctx) {
        Map<String, Object> out = new LinkedHashMap<>();
        voice.prompts().all().forEach((k, p) -> out.put(k, Map.of("vi", p.vi(), "en", p.en())));
        ctx.json(Map.of("prompts", out, "speech", voice.available()));
    }

    private void say(Context ctx) throws IOException {
        String lang = "en".equals(ctx.queryParam("lang")) ? "en" : "vi";
        if (voice.sentence(ctx.queryParam("key"), lang).isEmpty()) {
            ctx.status(404).json(Map.of("error", Map.of("code", "unknown_prompt", "message", "no such prompt")));
            return;
        }
        if (!voice.available()) {
            ctx.status(503).json(Map.of("error", Map.of("code", "voice_unavailable", "message", "espeak-ng is not installed")));
            return;
        }
        try {
            byte[] wav = voice.wav(ctx.queryParam("key"), lang).orElseThrow();
            ctx.header("Cache-Control", "no-store");
            ctx.res().setCharacterEncoding(null);
            ctx.res().setContentType("audio/wav");
            ctx.result(wav);
        } catch (IOException e) {
            LOG.warn("guidance audio failed: {}", e.getMessage());
            ctx.status(503).json(Map.of("error", Map.of("code", "voice_unavailable", "message", "speech synthesis failed")));
        }
    }
}
