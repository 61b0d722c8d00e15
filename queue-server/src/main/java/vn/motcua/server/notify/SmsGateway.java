package vn.motcua.server.notify;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * SMS through the centre's HTTP gateway: {"to": phone, "text": the template filled with number/counter/ahead}, or an
 * alert's text to the manager's phone.
 */
final class SmsGateway implements Channel {
    private final NotifySettings.Sms settings;
    private final HttpPost post;

    SmsGateway(NotifySettings.Sms settings, HttpPost post) {
        this.settings = settings;
        this.post = post;
    }

    @Override
    public String name() {
        return "SMS";
    }

    @Override
    public void send(String phone, Message m) throws DeliveryException {
        String text = m.kind() == Message.Kind.ALERT ? m.text()
                : m.render(m.kind() == Message.Kind.SOON ? settings.soonTemplate() : settings.calledTemplate());
        String auth = settings.username() == null ? null : "Basic " + Base64.getEncoder().encodeToString(
                (settings.username() + ":" + (settings.password() == null ? "" : settings.password())).getBytes(StandardCharsets.UTF_8));
        post.send(name(), settings.url(), auth, Map.of("to", phone, "text", text));
    }
}
