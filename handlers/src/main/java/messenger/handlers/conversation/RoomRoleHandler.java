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

/** The owner makes a member an admin, or an admin a member again. */
@ApplicationScoped
@Handles(type = Requests.RoomRole.TYPE, runs = Runs.DEFERRED)
public class RoomRoleHandler implements DeferredRequestHandler {

    @Inject
    MessageWriter writer;

    @Inject
    WriteRateLimiter rate;

    @Override
    public CompletionStage<Reply> handleDeferred(Request request, Session session) {
        Requests.RoomRole body = request.body(Requests.RoomRole.class);
        long id = Fields.requiredId(body.conversation(), "conversation");
        String login = RoomFields.login(body.login());
        String role = RoomFields.grantableRole(body.role());
        Person me = Person.of(session.requireIdentity());
        rate.acquire(me.id());
        return writer.change(log -> RoomChanges.setRole(log, me, id, login, role));
    }
}
