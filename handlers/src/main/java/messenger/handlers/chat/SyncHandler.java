package messenger.handlers.chat;

import jakarta.enterprise.context.ApplicationScoped;
import messenger.handlers.spi.Fields;
import messenger.handlers.spi.Handles;
import messenger.handlers.spi.Reply;
import messenger.handlers.spi.Request;
import messenger.handlers.spi.RequestHandler;
import messenger.handlers.spi.Runs;
import messenger.handlers.spi.Session;
import messenger.protocol.ProtocolRules;
import messenger.protocol.Requests;

/** Every message after a cursor, oldest first, in pages; a reconnecting device calls it until {@code hasMore} is false. */
@ApplicationScoped
@Handles(type = Requests.Sync.TYPE, runs = Runs.READ_ONLY)
public class SyncHandler implements RequestHandler {

    @Override
    public Reply handle(Request request, Session session) {
        Requests.Sync body = request.body(Requests.Sync.class);
        long after = Fields.nonNegative(body.after(), "after");
        int limit = Fields.limit(body.limit(), ProtocolRules.SYNC_DEFAULT_LIMIT, ProtocolRules.SYNC_MAX_LIMIT);
        return Reply.of(MessagePages.oldest(MessageQueries.after(after, limit + 1), limit,
                session.limits().maxHeader()));
    }
}
