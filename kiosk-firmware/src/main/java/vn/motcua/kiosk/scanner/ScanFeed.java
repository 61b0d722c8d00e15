package vn.motcua.kiosk.scanner;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import vn.motcua.kiosk.idcard.CccdQrParser;
import vn.motcua.kiosk.idcard.IdSummary;

/**
 * Hands each scan to the screens listening now, reduced to what they may see: an ID card becomes an
 * {@link IdSummary} (masked, no name), a short ASCII code (ticket or dossier QR) passes as text, anything
 * else is "unreadable". Nothing is stored: a scan nobody is listening for is gone.
 */
public final class ScanFeed implements Consumer<Scan> {
    private static final int MAX_CODE_CHARS = 200;

    /** One message to the touch UI. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ScanMessage(String kind, IdSummary id, String code, String reason) {
    }

    private final Set<Consumer<ScanMessage>> listeners = ConcurrentHashMap.newKeySet();
    private final CccdQrParser parser;
    private final Clock clock;

    public ScanFeed(Clock clock) {
        this.clock = clock;
        this.parser = new CccdQrParser(clock);
    }

    public void listen(Consumer<ScanMessage> listener) {
        listeners.add(listener);
    }

    public void stop(Consumer<ScanMessage> listener) {
        listeners.remove(listener);
    }

    @Override
    public void accept(Scan scan) {
        ScanMessage message = classify(scan);
        listeners.forEach(l -> l.accept(message));
    }

    ScanMessage classify(Scan scan) {
        if (!scan.ok()) {
            return new ScanMessage("unreadable", null, null, scan.error());
        }
        String text = scan.text();
        if (text.indexOf('|') >= 0) {
            return new ScanMessage("id", IdSummary.of(parser.parse(text), LocalDate.now(clock)), null, null);
        }
        if (text.length() <= MAX_CODE_CHARS && text.chars().allMatch(c -> c >= 0x20 && c < 0x7F)) {
            return new ScanMessage("code", null, text, null);
        }
        return new ScanMessage("unreadable", null, null, "not an ID card, ticket or dossier code");
    }
}
