package vn.motcua.kiosk.voice;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.motcua.client.ServiceInfo;
import vn.motcua.client.TicketSpeech;

/**
 * What the kiosk may say, by key: a prompt of the catalogue, a service's name ({@code service:A}) or a
 * printed ticket's number and the counters that serve it ({@code ticket:A0012}). Nothing else is spoken,
 * so no name, personal number or address can reach the speaker, whatever the page asks for.
 */
public final class GuideVoice {
    private static final int CACHE_ENTRIES = 200;
    private final PromptCatalogue prompts;
    private final SpeechSynth synth;
    private final Supplier<List<ServiceInfo>> services;
    private final Function<String, List<Integer>> countersFor;
    private final Map<String, byte[]> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > CACHE_ENTRIES;
        }
    };

    /**
     * @param countersFor the open counters that serve a service code, in order (may be empty when the server is away)
     */
    public GuideVoice(PromptCatalogue prompts, SpeechSynth synth, Supplier<List<ServiceInfo>> services,
                      Function<String, List<Integer>> countersFor) {
        this.prompts = prompts;
        this.synth = synth;
        this.services = services;
        this.countersFor = countersFor;
    }

    public PromptCatalogue prompts() {
        return prompts;
    }

    public boolean available() {
        return synth.available();
    }

    /** The sentence for a key, or empty when the key is none the kiosk may say. */
    public Optional<String> sentence(String key, String language) {
        if (key == null) {
            return Optional.empty();
        }
        boolean en = "en".equals(language);
        if (key.startsWith("service:")) {
            return service(key.substring(8)).map(s -> en ? s.nameEn() + ". Touch to print your number."
                    : "Dịch vụ " + s.nameVi() + ". Chạm để in số thứ tự.");
        }
        if (key.startsWith("ticket:")) {
            String number = key.substring(7);
            return TicketSpeech.isTicketNumber(number) ? Optional.of(ticket(number, en)) : Optional.empty();
        }
        return Optional.ofNullable(prompts.get(key)).map(p -> p.in(language));
    }

    private String ticket(String number, boolean en) {
        List<Integer> counters = services.get().stream().filter(s -> number.startsWith(s.prefix())).findFirst()
                .map(s -> countersFor.apply(s.code())).orElse(List.of());
        String list = String.join(", ", counters.stream().map(String::valueOf).toList());
        if (en) {
            return "Your number is " + TicketSpeech.en(number) + ". Please take your ticket."
                    + (counters.isEmpty() ? " Watch the board for your call." : " Served at counter " + list + ".");
        }
        return "Số thứ tự của quý khách là " + TicketSpeech.vi(number) + ". Mời quý khách nhận phiếu."
                + (counters.isEmpty() ? " Xin chờ gọi số trên bảng." : " Phục vụ tại quầy số " + list + ".");
    }

    private Optional<ServiceInfo> service(String code) {
        return services.get().stream().filter(s -> s.code().equals(code)).findFirst();
    }

    /** The WAV of a key's sentence, made once per sentence and kept. */
    public Optional<byte[]> wav(String key, String language) throws IOException {
        Optional<String> text = sentence(key, language);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String cacheKey = language + "\n" + text.get();
        byte[] hit;
        synchronized (cache) {
            hit = cache.get(cacheKey);
        }
        if (hit == null) {
            hit = synth.wav(text.get(), language);
            synchronized (cache) {
                cache.put(cacheKey, hit);
            }
        }
        return Optional.of(hit);
    }
}
