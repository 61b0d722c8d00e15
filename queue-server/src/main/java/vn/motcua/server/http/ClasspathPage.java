package vn.motcua.server.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Serves one HTML page from the classpath for a route that is not a file path (/board, /t/{id}). */
public final class ClasspathPage {
    private final byte[] html;

    public ClasspathPage(String resource) {
        try (InputStream in = ClasspathPage.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("page resource missing from the jar: " + resource);
            }
            this.html = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read page resource " + resource, e);
        }
    }

    public void serve(Context ctx) {
        ctx.contentType("text/html; charset=utf-8").header("Cache-Control", "no-cache").result(html);
    }
}
