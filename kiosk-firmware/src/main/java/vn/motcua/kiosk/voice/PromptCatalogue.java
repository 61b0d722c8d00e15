package vn.motcua.kiosk.voice;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fixed sentences of the kiosk's audio guidance, keyed by screen and control ({@code prompts.tsv}:
 * key, Vietnamese, English). Being a fixed list is what keeps personal data out of the speaker.
 */
public final class PromptCatalogue {
    /** One prompt in both languages. */
    public record Prompt(String vi, String en) {
        public String in(String language) {
            return "en".equals(language) ? en : vi;
        }
    }

    private final Map<String, Prompt> prompts;

    PromptCatalogue(Map<String, Prompt> prompts) {
        this.prompts = Collections.unmodifiableMap(prompts);
    }

    public static PromptCatalogue bundled() {
        try (InputStream in = PromptCatalogue.class.getResourceAsStream("prompts.tsv")) {
            if (in == null) {
                throw new IllegalStateException("prompts.tsv is missing from the kiosk jar");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read prompts.tsv", e);
        }
    }

    static PromptCatalogue read(InputStream in) throws IOException {
        Map<String, Prompt> out = new LinkedHashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int lineNo = 0;
        for (String line; (line = r.readLine()) != null; ) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 3 || f[0].isBlank() || f[1].isBlank() || f[2].isBlank()) {
                throw new IllegalArgumentException("prompts.tsv line " + lineNo + ": expected key, Vietnamese, English");
            }
            if (out.put(f[0], new Prompt(nfc(f[1]), f[2])) != null) {
                throw new IllegalArgumentException("prompts.tsv line " + lineNo + ": key " + f[0] + " twice");
            }
        }
        return new PromptCatalogue(out);
    }

    private static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    public Prompt get(String key) {
        return prompts.get(key);
    }

    public Map<String, Prompt> all() {
        return prompts;
    }
}
