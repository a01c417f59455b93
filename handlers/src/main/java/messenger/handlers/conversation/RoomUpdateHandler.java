package messenger.handlers.conversation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;
import messenger.handlers.WriteRateLimiter;
import messenger.handlers.chat.MessageWriter;
import messenger.handlers.spi.DeferredRequestHandler;
import messenger.handlers.spi.Fields;
import messenger.handlers.spi.Handles;
import messenger.handlers.spi.Reply;
import messenger.handlers.spi.Request;
import messenger.handlers.spi.Runs;
import messenger.handlers.spi.Session;
import messenger.protocol.Requests;

/** Renames a room or changes its topic (owner and admins). */
@ApplicationScoped
@Handles(type = Requests.RoomUpdate.TYPE, runs = Runs.DEFERRED)
public class RoomUpdateHandler implements DeferredRequestHandler {

    @Inject
    MessageWriter writer;

    @Inject
    WriteRateLimiter rate;

    @Override
    public CompletionStage<Reply> handleDeferred(Request request, Session session) {
        Requests.RoomUpdate body = request.body(Requests.RoomUpdate.class);
        long id = Fields.requiredId(body.conversation(), "conversation");
        String name = body.name() == null ? null : RoomFields.name(body.name());
        String topic = RoomFields.topic(body.topic());
        Person me = Person.of(session.requireIdentity());
        rate.acquire(me.id());
        return writer.change(log -> RoomChanges.update(log, me, id, name, topic));
    }
}
