package vn.motcua.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.javalin.http.Context;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class JsonBodiesTest {
    /** A body whose connection failed under it, as Jetty throws it while the server stops (KillRestartIT once saw it). */
    @Test
    void aBodyItsConnectionFailedUnderIsRefusedAsUnreadableNotAServerFailure() {
        Context ctx = mock(Context.class);
        when(ctx.body()).thenAnswer(call -> {
            throw new IOException("Unconsumed");
        });
        assertThatThrownBy(() -> new JsonBodies().read(ctx, Object.class))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.code()).isEqualTo("body_unreadable");
                });
    }

    @Test
    void anyOtherFailureIsLeftToTheServersOwnHandler() {
        Context ctx = mock(Context.class);
        when(ctx.body()).thenThrow(new IllegalStateException("a bug"));
        assertThatThrownBy(() -> JsonBodies.bodyOf(ctx)).isInstanceOf(IllegalStateException.class).hasMessage("a bug");
    }
}
