package vn.motcua.server.upstream;

import java.net.URI;
import java.util.regex.Pattern;

/** Where the centre's feed goes: the hub's base URL, this centre's code there and its upstream token. */
public record UpstreamConfig(String url, String centre, String token) {
    public static final UpstreamConfig NONE = new UpstreamConfig(null, null, null);
    private static final Pattern CENTRE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

    public boolean configured() {
        return url != null && centre != null && token != null;
    }

    URI ingest() {
        String base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        return URI.create(base + "/hub/v1/ingest");
    }

    /** The URL as given, or an error that names what is wrong with it. */
    static String checkedUrl(String url) {
        URI u;
        try {
            u = new URI(url.strip());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("the upstream URL is not a URL: " + e.getMessage());
        }
        if (!("http".equals(u.getScheme()) || "https".equals(u.getScheme())) || u.getHost() == null
                || u.getRawQuery() != null || u.getRawFragment() != null) {
            throw new IllegalArgumentException("the upstream URL must be http(s)://host[:port][/path] without query: " + url);
        }
        return u.toString();
    }

    static String checkedCentre(String centre) {
        if (centre == null || !CENTRE.matcher(centre).matches()) {
            throw new IllegalArgumentException("the centre code must be 1-40 letters, digits, '.', '_' or '-': " + centre);
        }
        return centre;
    }
}
