package messenger.handlers.chat;

import jakarta.enterprise.context.ApplicationScoped;
import messenger.handlers.conversation.ConversationEntity;
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

/** The newest {@code limit} messages of a conversation before {@code before} (or its newest), ascending. */
@ApplicationScoped
@Handles(type = Requests.History.TYPE, runs = Runs.READ_ONLY)
public class HistoryHandler implements RequestHandler {

    @Override
    public Reply handle(Request request, Session session) {
        Requests.History body = request.body(Requests.History.class);
        Long before = body.before() == null ? null : Fields.nonNegative(body.before(), "before");
        int limit = Fields.limit(body.limit(), ProtocolRules.HISTORY_DEFAULT_LIMIT, ProtocolRules.HISTORY_MAX_LIMIT);
        long conversation = ConversationEntity.GENERAL;
        if (body.conversation() != null) {
            conversation = Fields.requiredId(body.conversation(), "conversation");
            Memberships.requireMember(conversation, session.requireIdentity().userId());
        }
        return Reply.of(MessagePages.newest(MessageQueries.before(conversation, before, limit + 1), limit,
                session.limits().maxHeader()));
    }
}
