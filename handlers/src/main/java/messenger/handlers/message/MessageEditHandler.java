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

/** Replaces the text of one's own message, keeping the earlier one. */
@ApplicationScoped
@Handles(type = Requests.MessageEdit.TYPE, runs = Runs.DEFERRED)
public class MessageEditHandler implements DeferredRequestHandler {

    @Inject
    MessageWriter writer;

    @Inject
    WriteRateLimiter rate;

    @Override
    public CompletionStage<Reply> handleDeferred(Request request, Session session) {
        Requests.MessageEdit body = request.body(Requests.MessageEdit.class);
        long message = Fields.requiredId(body.message(), "message");
        String text = EditedText.of(body.text());
        Person me = Person.of(session.requireIdentity());
        rate.acquire(me.id());
        return writer.change(log -> MessageChanges.edit(log, me, message, text));
    }
}
