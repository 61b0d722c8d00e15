package vn.motcua.server.voice;

import java.util.Locale;
import vn.motcua.client.TicketSpeech;

/**
 * One call to announce: a ticket number (service letter + 4 digits) and a counter. Validated here so
 * nothing but a letter, digits and a small integer ever reaches the speech engine or a cache file name.
 */
public record Announcement(String number, int counter, Language language) {
    public static final int MAX_COUNTER = 999;

    /** vi: Vietnamese only; en: English only; bi: Vietnamese then English (a bilingual board). */
    public enum Language {
        VI, EN, BI;

        public static Language parse(String raw) {
            if (raw == null || raw.isBlank()) {
                return VI;
            }
            return switch (raw.trim().toLowerCase(Locale.ROOT)) {
                case "vi" -> VI;
                case "en" -> EN;
                case "bi", "vi-en", "bilingual" -> BI;
                default -> throw new IllegalArgumentException("lang must be vi, en or bi");
            };
        }
    }

    public Announcement {
        if (!TicketSpeech.isTicketNumber(number)) {
            throw new IllegalArgumentException("number must be a letter and 4 digits, like A0012");
        }
        if (counter < 1 || counter > MAX_COUNTER) {
            throw new IllegalArgumentException("counter must be 1.." + MAX_COUNTER);
        }
        if (language == null) {
            throw new IllegalArgumentException("language is required");
        }
    }

    /** The sentence as a citizen reads it (subtitles, logs, docs). */
    public String displayVi() {
        return "Mời công dân có số thứ tự " + number + " đến quầy số " + counter;
    }

    public String displayEn() {
        return "Ticket number " + number + ", please go to counter " + counter;
    }

    /**
     * The sentence as the synthesizer should say it: the letter by its Vietnamese name and the digits one by
     * one, because "A0012" read as a quantity ("mười hai") is what citizens mishear.
     */
    public String spokenVi() {
        return "Mời công dân có số thứ tự, " + TicketSpeech.vi(number) + ". Đến quầy số " + counter + ".";
    }

    public String spokenEn() {
        return "Ticket number, " + TicketSpeech.en(number) + ". Please go to counter " + counter + ".";
    }

    /** A file name unique per announcement; only validated characters go in. */
    public String cacheKey() {
        return "call-" + language.name().toLowerCase(Locale.ROOT) + "-" + number + "-" + counter;
    }
}
