package messenger.handlers.conversation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;
import messenger.handlers.chat.MessageWriter;
import messenger.handlers.spi.DeferredRequestHandler;
import messenger.handlers.spi.Fields;
import messenger.handlers.spi.Handles;
import messenger.handlers.spi.Reply;
import messenger.handlers.spi.Request;
import messenger.handlers.spi.Runs;
import messenger.handlers.spi.Session;
import messenger.protocol.Requests;

/** Moves the user's read marker of a conversation forward. */
@ApplicationScoped
@Handles(type = Requests.Read.TYPE, runs = Runs.DEFERRED)
public class ReadHandler implements DeferredRequestHandler {

    @Inject
    MessageWriter writer;

    @Override
    public CompletionStage<Reply> handleDeferred(Request request, Session session) {
        Requests.Read body = request.body(Requests.Read.class);
        long id = Fields.requiredId(body.conversation(), "conversation");
        long upTo = Fields.nonNegative(body.upTo(), "upTo");
        Person me = Person.of(session.requireIdentity());
        return writer.change(log -> ReadMarkers.read(log, me, id, upTo));
    }
}
