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

/** A member adds another user to a room. */
@ApplicationScoped
@Handles(type = Requests.RoomInvite.TYPE, runs = Runs.DEFERRED)
public class RoomInviteHandler implements DeferredRequestHandler {

    @Inject
    MessageWriter writer;

    @Inject
    WriteRateLimiter rate;

    @Override
    public CompletionStage<Reply> handleDeferred(Request request, Session session) {
        Requests.RoomInvite body = request.body(Requests.RoomInvite.class);
        long id = Fields.requiredId(body.conversation(), "conversation");
        String login = RoomFields.login(body.login());
        Person me = Person.of(session.requireIdentity());
        rate.acquire(me.id());
        return writer.change(log -> RoomMembership.invite(log, me, id, login));
    }
}
