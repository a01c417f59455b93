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

/** Creates a room; its creator is its owner. */
@ApplicationScoped
@Handles(type = Requests.RoomCreate.TYPE, runs = Runs.DEFERRED)
public class RoomCreateHandler implements DeferredRequestHandler {

    @Inject
    MessageWriter writer;

    @Inject
    WriteRateLimiter rate;

    @Override
    public CompletionStage<Reply> handleDeferred(Request request, Session session) {
        Requests.RoomCreate body = request.body(Requests.RoomCreate.class);
        String name = RoomFields.name(body.name());
        String topic = RoomFields.topic(body.topic());
        String visibility = RoomFields.visibility(body.visibility());
        Person me = Person.of(session.requireIdentity());
        rate.acquire(me.id());
        return writer.change(log -> RoomChanges.create(log, me, name, topic, visibility));
    }
}
