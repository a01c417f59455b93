package messenger.server.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import messenger.handlers.spi.Reply;
import messenger.handlers.spi.Request;
import messenger.handlers.spi.RequestHandler;
import messenger.handlers.spi.Session;
import org.junit.jupiter.api.Test;

class HandlerRegistryTest {

    static class FirstPing implements RequestHandler {
        @Override
        public String type() {
            return "ping";
        }

        @Override
        public Reply handle(Request request, Session session) {
            return Reply.ok();
        }
    }

    static class SecondPing extends FirstPing {
    }

    static class Send extends FirstPing {
        @Override
        public String type() {
            return "send";
        }
    }

    @Test
    void twoHandlersForOneTypeFailStartUpNamingBoth() {
        assertThatThrownBy(() -> HandlerRegistry.index(List.of(new FirstPing(), new Send(), new SecondPing())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("\"ping\"")
                .hasMessageContaining(FirstPing.class.getName())
                .hasMessageContaining(SecondPing.class.getName());
    }

    @Test
    void eachTypeMapsToItsHandler() {
        FirstPing ping = new FirstPing();
        Send send = new Send();
        assertThat(HandlerRegistry.index(List.of(ping, send))).containsEntry("ping", ping).containsEntry("send", send);
    }
}
