package vn.motcua.server.notify;

/**
 * One call-back: its kind, the ticket number and the counter (when called) or the people ahead (when
 * soon). Nothing else: no name, no personal number, no service history.
 */
public record Message(Kind kind, String number, Integer counter, Integer ahead) {
    public enum Kind { SOON, CALLED }

    String render(String template) {
        return template.replace("{number}", number).replace("{counter}", counter == null ? "" : String.valueOf(counter))
                .replace("{ahead}", ahead == null ? "" : String.valueOf(ahead));
    }
}
