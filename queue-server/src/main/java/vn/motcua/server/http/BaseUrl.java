package vn.motcua.server.http;

import io.javalin.http.Context;

/** Where citizens' phones reach this server: the configured public URL, else the URL the caller used. */
public final class BaseUrl {
    private final String configured;

    public BaseUrl(String configured) {
        this.configured = configured == null || configured.isBlank() ? null
                : configured.replaceAll("/+$", "");
    }

    public String of(Context ctx) {
        return configured != null ? configured : ctx.scheme() + "://" + ctx.host();
    }
}
