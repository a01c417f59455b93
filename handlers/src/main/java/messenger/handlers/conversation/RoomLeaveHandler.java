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

/** Leaves a room; an owner who leaves hands the room over. */
@ApplicationScoped
@Handles(type = Requests.RoomLeave.TYPE, runs = Runs.DEFERRED)
public class RoomLeaveHandler implements DeferredRequestHandler {

    @Inject
    MessageWriter writer;

    @Inject
    WriteRateLimiter rate;

    @Override
    public CompletionStage<Reply> handleDeferred(Request request, Session session) {
        Requests.RoomLeave body = request.body(Requests.RoomLeave.class);
        long id = Fields.requiredId(body.conversation(), "conversation");
        Person me = Person.of(session.requireIdentity());
        rate.acquire(me.id());
        return writer.change(log -> RoomMembership.leave(log, me, id));
    }
}
