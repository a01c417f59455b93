package messenger.handlers.chat;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import messenger.handlers.conversation.ConversationEntity;
import messenger.handlers.conversation.Events;
import messenger.handlers.conversation.Memberships;
import messenger.handlers.spi.Fields;
import messenger.handlers.spi.Handles;
import messenger.handlers.spi.Reply;
import messenger.handlers.spi.Request;
import messenger.handlers.spi.RequestHandler;
import messenger.handlers.spi.Runs;
import messenger.handlers.spi.Session;
import messenger.protocol.ProtocolRules;
import messenger.protocol.Requests;

/**
 * Every message after a cursor, oldest first, in pages: of <i>general</i>, or with {@code all} of every conversation
 * of the user, with the events they may see. A reconnecting device calls it until {@code hasMore} is false.
 */
@ApplicationScoped
@Handles(type = Requests.Sync.TYPE, runs = Runs.READ_ONLY)
public class SyncHandler implements RequestHandler {

    @Override
    public Reply handle(Request request, Session session) {
        Requests.Sync body = request.body(Requests.Sync.class);
        long after = Fields.nonNegative(body.after(), "after");
        int limit = Fields.limit(body.limit(), ProtocolRules.SYNC_DEFAULT_LIMIT, ProtocolRules.SYNC_MAX_LIMIT);
        int maxHeader = session.limits().maxHeader();
        long userId = session.requireIdentity().userId();
        if (!Boolean.TRUE.equals(body.all())) {
            return Reply.of(MessagePages.oldest(MessageQueries.after(ConversationEntity.GENERAL, after, limit + 1,
                    userId), limit, maxHeader));
        }
        // the bound first: memberships read before it could still hold a room the user was removed from since,
        // whose messages up to the bound would then reach them (read committed: each query sees its own moment)
        long upTo = MessageCounterEntity.lastCommittedId();
        List<Long> conversations = Memberships.conversationIds(userId);
        return Reply.of(MessagePages.oldest(MessageQueries.afterIn(conversations, after, upTo, limit + 1, userId),
                Events.visibleAfter(userId, conversations, after, upTo, limit + 1), limit, maxHeader));
    }
}
