package messenger.handlers.conversation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;
import messenger.handlers.WriteRateLimiter;
import messenger.handlers.chat.MessageWriter;
import messenger.handlers.spi.DeferredRequestHandler;
import messenger.handlers.spi.Handles;
import messenger.handlers.spi.Reply;
import messenger.handlers.spi.Request;
import messenger.handlers.spi.Runs;
import messenger.handlers.spi.Session;
import messenger.protocol.Requests;

/** The direct conversation with another user, created on first use. */
@ApplicationScoped
@Handles(type = Requests.DirectOpen.TYPE, runs = Runs.DEFERRED)
public class DirectOpenHandler implements DeferredRequestHandler {

    @Inject
    MessageWriter writer;

    @Inject
    WriteRateLimiter rate;

    @Override
    public CompletionStage<Reply> handleDeferred(Request request, Session session) {
        Requests.DirectOpen body = request.body(Requests.DirectOpen.class);
        String login = RoomFields.login(body.login());
        Person me = Person.of(session.requireIdentity());
        rate.acquire(me.id());
        return writer.change(log -> DirectConversations.open(log, me, login));
    }
}
