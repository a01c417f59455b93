package messenger.handlers.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import messenger.handlers.TokenBuckets;
import messenger.handlers.conversation.Memberships;
import messenger.handlers.spi.Fields;
import messenger.handlers.spi.Handles;
import messenger.handlers.spi.Identity;
import messenger.handlers.spi.MessageHub;
import messenger.handlers.spi.Reply;
import messenger.handlers.spi.Request;
import messenger.handlers.spi.RequestException;
import messenger.handlers.spi.RequestHandler;
import messenger.handlers.spi.Runs;
import messenger.handlers.spi.Session;
import messenger.protocol.Frame;
import messenger.protocol.Json;
import messenger.protocol.Pushes;
import messenger.protocol.Requests;

/** Tells the other members that this user is typing; never stored, limited per connection. */
@ApplicationScoped
@Handles(type = Requests.Typing.TYPE, runs = Runs.READ_ONLY)
public class TypingHandler implements RequestHandler {

    static final int BURST = 5;

    private final TokenBuckets<Long> perConnection = new TokenBuckets<>(BURST, 1, Duration.ofSeconds(1));

    @Inject
    MessageHub hub;

    @Override
    public Reply handle(Request request, Session session) {
        long conversation = Fields.requiredId(request.body(Requests.Typing.class).conversation(), "conversation");
        Identity me = session.requireIdentity();
        Memberships.requireMember(conversation, me.userId());
        perConnection.take(session.connectionId()).ifPresent(wait -> {
            throw RequestException.rateLimited("typing is told at most once a second", wait);
        });
        hub.signal(new Frame(Json.object(Pushes.TypingPush.TYPE, new Pushes.TypingPush(conversation, me.login()))),
                Memberships.audienceOf(conversation), me.userId());
        return Reply.ok();
    }
}
