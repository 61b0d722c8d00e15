package vn.motcua.server.notify;

/**
 * One message: a call-back (its kind, the ticket number and the counter when called or the people ahead when
 * soon; nothing else: no name, no personal number, no service history), or an alert to the manager's phone
 * ({@code text}: the live view's own words, which name services and devices, never a citizen).
 */
public record Message(Kind kind, String number, Integer counter, Integer ahead, String text) {
    public enum Kind { SOON, CALLED, ALERT }

    public Message(Kind kind, String number, Integer counter, Integer ahead) {
        this(kind, number, counter, ahead, null);
    }

    static Message alert(String text) {
        return new Message(Kind.ALERT, null, null, null, text);
    }

    String render(String template) {
        return template.replace("{number}", number).replace("{counter}", counter == null ? "" : String.valueOf(counter))
                .replace("{ahead}", ahead == null ? "" : String.valueOf(ahead));
    }
}
