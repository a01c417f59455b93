package messenger.handlers.message;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;
import messenger.handlers.WriteRateLimiter;
import messenger.handlers.chat.MessageWriter;
import messenger.handlers.conversation.Person;
import messenger.handlers.spi.DeferredRequestHandler;
import messenger.handlers.spi.Fields;
import messenger.handlers.spi.Handles;
import messenger.handlers.spi.Reply;
import messenger.handlers.spi.Request;
import messenger.handlers.spi.Runs;
import messenger.handlers.spi.Session;
import messenger.protocol.Requests;

/** Deletes a message (its author, or a room's owner or admin), leaving a placeholder. */
@ApplicationScoped
@Handles(type = Requests.MessageDelete.TYPE, runs = Runs.DEFERRED)
public class MessageDeleteHandler implements DeferredRequestHandler {

    @Inject
    MessageWriter writer;

    @Inject
    WriteRateLimiter rate;

    @Override
    public CompletionStage<Reply> handleDeferred(Request request, Session session) {
        Requests.MessageDelete body = request.body(Requests.MessageDelete.class);
        long message = Fields.requiredId(body.message(), "message");

        Person me = Person.of(session.requireIdentity());
        rate.acquire(me.id());
        return writer.change(log -> MessageChanges.delete(log, me, message));
    }
}
