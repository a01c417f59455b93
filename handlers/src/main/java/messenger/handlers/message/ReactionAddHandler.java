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

/** Adds the user's reaction to a message. */
@ApplicationScoped
@Handles(type = Requests.ReactionAdd.TYPE, runs = Runs.DEFERRED)
public class ReactionAddHandler implements DeferredRequestHandler {

    @Inject
    MessageWriter writer;

    @Inject
    WriteRateLimiter rate;

    @Override
    public CompletionStage<Reply> handleDeferred(Request request, Session session) {
        Requests.ReactionAdd body = request.body(Requests.ReactionAdd.class);
        long message = Fields.requiredId(body.message(), "message");
        String emoji = Emoji.of(body.emoji());
        Person me = Person.of(session.requireIdentity());
        rate.acquire(me.id());
        return writer.change(log -> Reactions.add(log, me, message, emoji));
    }
}
