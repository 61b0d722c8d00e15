package vn.motcua.server.http;

import io.javalin.http.Context;

/**
 * Where citizens' phones reach this server: the configured public URL, else the address and port the
 * request arrived at. Never the request's Host header: a caller could name any site there and have it
 * printed on a ticket's QR code.
 */
public final class BaseUrl {
    private final String configured;

    public BaseUrl(String configured) {
        this.configured = configured == null || configured.isBlank() ? null
                : configured.replaceAll("/+$", "");
    }

    public String of(Context ctx) {
        if (configured != null) {
            return configured;
        }
        var req = ctx.req();
        String address = req.getLocalAddr();
        if (address.indexOf(':') >= 0) {
            address = "[" + address.replaceAll("%.*$", "") + "]";
        }
        return (req.isSecure() ? "https" : "http") + "://" + address + ":" + req.getLocalPort();
    }
}
