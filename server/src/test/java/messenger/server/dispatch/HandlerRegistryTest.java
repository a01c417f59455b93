package messenger.server.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import messenger.handlers.spi.DeferredRequestHandler;
import messenger.handlers.spi.Handles;
import messenger.handlers.spi.Reply;
import messenger.handlers.spi.Request;
import messenger.handlers.spi.RequestHandler;
import messenger.handlers.spi.Runs;
import messenger.handlers.spi.Session;
import org.junit.jupiter.api.Test;

class HandlerRegistryTest {

    @Handles(type = "ping", openBeforeSignIn = true)
    static class FirstPing implements RequestHandler {
        @Override
        public Reply handle(Request request, Session session) {
            return Reply.ok();
        }
    }

    @Handles(type = "ping")
    static class SecondPing extends FirstPing {
    }

    @Handles(type = "history", runs = Runs.READ_ONLY)
    static class History extends FirstPing {
    }

    static class Undeclared extends FirstPing {
    }

    @Handles(type = "send", runs = Runs.DEFERRED)
    static class Send implements DeferredRequestHandler {
        @Override
        public CompletionStage<Reply> handleDeferred(Request request, Session session) {
            return CompletableFuture.completedFuture(Reply.ok());
        }
    }

    @Handles(type = "send")
    static class SendInATransaction extends Send {
    }

    @Handles(type = "fake.send", runs = Runs.DEFERRED)
    static class NotDeferred extends FirstPing {
    }

    @Test
    void twoHandlersForOneTypeFailStartUpNamingBoth() {
        assertThatThrownBy(() -> registry(new FirstPing(), new Send(), new SecondPing()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("\"ping\"")
                .hasMessageContaining(FirstPing.class.getName())
                .hasMessageContaining(SecondPing.class.getName());
    }

    @Test
    void eachTypeMapsToItsHandlerWithTheRulesItDeclares() {
        FirstPing ping = new FirstPing();
        Send send = new Send();
        HandlerRegistry registry = registry(ping, send, new History());

        assertThat(registry.find("ping")).map(Route::handler).containsSame(ping);
        assertThat(registry.find("send")).map(Route::runs).contains(Runs.DEFERRED);
        assertThat(registry.find("history")).map(Route::runs).contains(Runs.READ_ONLY);
        assertThat(registry.openBeforeSignIn()).containsExactly("ping");
    }

    @Test
    void aHandlerWithoutADeclarationFailsStartUpNamingIt() {
        assertThatThrownBy(() -> registry(new Undeclared()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(Undeclared.class.getName())
                .hasMessageContaining("@Handles");
    }

    @Test
    void deferredIsDeclaredByDeferredHandlersAndOnlyByThem() {
        assertThatThrownBy(() -> registry(new SendInATransaction()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(SendInATransaction.class.getName())
                .hasMessageContaining("declare runs = DEFERRED");
        assertThatThrownBy(() -> registry(new NotDeferred()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(NotDeferred.class.getName())
                .hasMessageContaining("is not a DeferredRequestHandler");
    }

    private static HandlerRegistry registry(RequestHandler... handlers) {
        return new HandlerRegistry(HandlerRegistry.index(List.of(handlers).stream()
                .map(handler -> Route.declaredBy(handler.getClass(), handler))
                .toList()));
    }
}
