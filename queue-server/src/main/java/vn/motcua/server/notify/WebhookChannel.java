package vn.motcua.server.notify;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A webhook (a chat bot, the centre's own app): the kind, number and counter or people ahead, or an alert's text
 * (kind ALERT, no number); never the phone.
 */
final class WebhookChannel implements Channel {
    private final NotifySettings.Webhook settings;
    private final HttpPost post;

    WebhookChannel(NotifySettings.Webhook settings, HttpPost post) {
        this.settings = settings;
        this.post = post;
    }

    @Override
    public String name() {
        return "WEBHOOK";
    }

    @Override
    public void send(String phone, Message m) throws DeliveryException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", m.kind().name());
        body.put("number", m.number());
        body.put("counter", m.counter());
        body.put("ahead", m.ahead());
        body.put("text", switch (m.kind()) {
            case SOON -> "Số " + m.number() + ": còn khoảng " + m.ahead() + " số nữa";
            case CALLED -> "Mời số " + m.number() + " đến quầy " + m.counter();
            case ALERT -> m.text();
        });
        post.send(name(), settings.url(), settings.token() == null ? null : "Bearer " + settings.token(), body);
    }
}
