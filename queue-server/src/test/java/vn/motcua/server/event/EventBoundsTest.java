package vn.motcua.server.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.motcua.server.support.TestCentre;

/** GET /api/v1/events?lastEventId=0 cannot be made to replay the whole day, nor opened without end. */
class EventBoundsTest {
    private final TestCentre centre = new TestCentre();

    EventBoundsTest() throws Exception {
    }

    @AfterEach
    void stop() {
        centre.close();
    }

    private Socket open(String path, String token) throws Exception {
        Socket s = new Socket("127.0.0.1", centre.app.port());
        s.setSoTimeout(3000);
        s.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n"
                + (token == null ? "" : "Authorization: Bearer " + token + "\r\n") + "\r\n").getBytes(StandardCharsets.US_ASCII));
        return s;
    }

    /** Reads what arrives until the stream is quiet for a moment. */
    private static String drain(Socket s) throws Exception {
        s.setSoTimeout(1500);
        StringBuilder out = new StringBuilder();
        InputStream in = s.getInputStream();
        byte[] buf = new byte[65536];
        try {
            for (int n; (n = in.read(buf)) > 0; ) {
                out.append(new String(buf, 0, n, StandardCharsets.UTF_8));
            }
        } catch (java.net.SocketTimeoutException quiet) {
            // all that was sent
        }
        return out.toString();
    }

    @Test
    void aReplayReachesBackAtMostTheLastThousandEvents() throws Exception {
        // 1,200 events in the store, made in-process (the HTTP flood limit is not what this test is about)
        var limiter = centre.app.components().issueLimiter();
        limiter.limits(vn.motcua.server.ticket.IssueLimits.OFF);
        for (int i = 0; i < 1200; i++) {
            centre.issue(i % 2 == 0 ? "A" : "B", "NORMAL");
        }
        try (Socket s = open("/api/v1/events?lastEventId=0", null)) {
            String stream = drain(s);
            long events = stream.lines().filter(l -> l.startsWith("id:")).count();
            assertThat(events).isEqualTo(EventRoutes.MAX_REPLAY);
            assertThat(stream).contains("\"number\":\"B0600\"").doesNotContain("\"number\":\"A0001\"");
        }
        // a client that was away briefly still gets every event it missed
        long last = centre.app.components().db().read(c -> centre.app.components().events().lastId(c));
        try (Socket s = open("/api/v1/events?lastEventId=" + (last - 5), null)) {
            assertThat(drain(s).lines().filter(l -> l.startsWith("id:")).count()).isEqualTo(5);
        }
    }

    @Test
    void oneAddressMayHoldTwentyStreamsWithoutATokenAndBoardsAreNotCounted() throws Exception {
        List<Socket> open = new ArrayList<>();
        try {
            for (int i = 0; i < EventRoutes.ANONYMOUS_PER_ADDRESS; i++) {
                Socket s = open("/api/v1/events", null);
                open.add(s);
                assertThat(statusLine(s)).contains("200");
            }
            Socket refused = open("/api/v1/events?lastEventId=0", null);
            open.add(refused);
            assertThat(statusLine(refused)).contains("429");
            Socket board = open("/api/v1/events", centre.boardToken());
            open.add(board);
            assertThat(statusLine(board)).contains("200");
            // a closed stream frees its place (the server notices on its next write: an event here)
            open.get(0).close();
            long until = System.currentTimeMillis() + 10_000;
            String again;
            do {
                centre.issue("A", "NORMAL");
                Thread.sleep(200);
                Socket s = open("/api/v1/events", null);
                open.add(s);
                again = statusLine(s);
            } while (!again.contains("200") && System.currentTimeMillis() < until);
            assertThat(again).contains("200");
        } finally {
            for (Socket s : open) {
                s.close();
            }
        }
    }

    private static String statusLine(Socket s) throws Exception {
        StringBuilder line = new StringBuilder();
        InputStream in = s.getInputStream();
        for (int c; (c = in.read()) != -1 && c != '\n'; ) {
            line.append((char) c);
        }
        return line.toString();
    }
}
