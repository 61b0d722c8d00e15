package vn.motcua.server.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import vn.motcua.server.support.TestCentre;
import vn.motcua.server.support.TestCentre.Response;

class BoardAndVoiceRoutesTest {
    @AutoClose
    private final TestCentre centre = new TestCentre();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void pagesAndScriptsAreServedUnderTheStrictPolicy() throws Exception {
        HttpResponse<String> page = get("/board?counter=5");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("default-src 'self'");
        assertThat(page.body()).contains("src=\"/board/board.js\"").doesNotContain("<script>").contains("Quầy");
        for (String asset : new String[] {"/board/board.js", "/board/live.js", "/board/announcer.js",
            "/board/board-state.js", "/board/board.css"}) {
            HttpResponse<String> r = get(asset);
            assertThat(r.statusCode()).as(asset).isEqualTo(200);
        }
        assertThat(get("/board/board.js").body()).doesNotContain("innerHTML");
    }

    @Test
    void managerSetsNoticesAndBilingualOthersMayOnlyRead() {
        Response defaults = centre.call("GET", "/api/v1/board/settings", null, null);
        assertThat(defaults.status()).isEqualTo(200);
        assertThat(defaults.body().get("bilingual").asBoolean()).isFalse();
        assertThat(defaults.body().get("notices").get(0).asText()).contains("giữ phiếu");

        String body = "{\"notices\":[\"Hôm nay nghỉ trưa 11:30–13:30\",\"<b>không phải HTML</b>\",\"  \"],\"bilingual\":true}";
        assertThat(centre.call("PUT", "/api/v1/board/settings", centre.boardToken(), body).status()).isEqualTo(403);
        assertThat(centre.call("PUT", "/api/v1/board/settings", null, body).status()).isEqualTo(401);
        Response set = centre.call("PUT", "/api/v1/board/settings", centre.managerToken(), body);
        assertThat(set.status()).isEqualTo(200);
        Response read = centre.call("GET", "/api/v1/board/settings", null, null);
        assertThat(read.body().get("bilingual").asBoolean()).isTrue();
        assertThat(read.body().get("notices")).hasSize(2);
        assertThat(read.body().get("notices").get(1).asText()).isEqualTo("<b>không phải HTML</b>");

        String tooLong = "{\"notices\":[\"" + "x".repeat(201) + "\"]}";
        assertThat(centre.call("PUT", "/api/v1/board/settings", centre.managerToken(), tooLong).status()).isEqualTo(400);
        assertThat(centre.call("PUT", "/api/v1/board/settings", centre.managerToken(), "{\"colour\":1}").status())
                .isEqualTo(400);
    }

    @Test
    void voiceRouteValidatesAndServesCachedWav() throws Exception {
        assertThat(getBytes("/api/v1/voice/call.wav?number=A00%3B12&counter=5").statusCode()).isEqualTo(400);
        assertThat(getBytes("/api/v1/voice/call.wav?number=A0012&counter=x").statusCode()).isEqualTo(400);
        assertThat(getBytes("/api/v1/voice/call.wav?number=A0012&counter=5&lang=fr").statusCode()).isEqualTo(400);
        HttpResponse<byte[]> chime = getBytes("/api/v1/voice/chime.wav");
        assertThat(chime.statusCode()).isEqualTo(200);
        assertThat(new String(chime.body(), 0, 4)).isEqualTo("RIFF");

        HttpResponse<byte[]> call = getBytes("/api/v1/voice/call.wav?number=A0012&counter=5&lang=vi");
        if (call.statusCode() == 503) {
            return; // no espeak-ng on this host: EspeakVoiceTest says so too
        }
        assertThat(call.statusCode()).isEqualTo(200);
        assertThat(call.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("audio/wav");
        assertThat(new String(call.body(), 8, 4)).isEqualTo("WAVE");
        assertThat(Files.exists(centre.dataDir.resolve("voice-cache/call-vi-A0012-5.wav"))).isTrue();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(centre.url + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> getBytes(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(centre.url + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
