package messenger.handlers.chat;

import jakarta.enterprise.context.ApplicationScoped;
import messenger.handlers.conversation.ConversationEntity;
import messenger.handlers.conversation.Memberships;
import messenger.handlers.spi.Fields;
import messenger.handlers.spi.Handles;
import messenger.handlers.spi.Reply;
import messenger.handlers.spi.Request;
import messenger.handlers.spi.RequestException;
import messenger.handlers.spi.RequestHandler;
import messenger.handlers.spi.Runs;
import messenger.handlers.spi.Session;
import messenger.protocol.ErrorCode;
import messenger.protocol.ProtocolRules;
import messenger.protocol.Requests;
import messenger.protocol.Results;

/**
 * The newest {@code limit} messages of a conversation before {@code before} (or its newest), or those around one
 * message, ascending.
 */
@ApplicationScoped
@Handles(type = Requests.History.TYPE, runs = Runs.READ_ONLY)
public class HistoryHandler implements RequestHandler {

    @Override
    public Reply handle(Request request, Session session) {
        Requests.History body = request.body(Requests.History.class);
        Long before = body.before() == null ? null : Fields.nonNegative(body.before(), "before");
        int limit = Fields.limit(body.limit(), ProtocolRules.HISTORY_DEFAULT_LIMIT, ProtocolRules.HISTORY_MAX_LIMIT);
        long conversation = ConversationEntity.GENERAL;
        long reader = session.requireIdentity().userId();
        if (body.conversation() != null) {
            conversation = Fields.requiredId(body.conversation(), "conversation");
            Memberships.requireMember(conversation, reader);
        }
        if (body.around() != null) {
            return Reply.of(around(conversation, Fields.requiredId(body.around(), "around"), limit,
                    session.limits().maxHeader(), reader));
        }
        return Reply.of(MessagePages.newest(MessageQueries.before(conversation, before, limit + 1, reader), limit,
                session.limits().maxHeader()));
    }

    /** The message {@code around}, up to half the limit before it and the rest from it on. */
    private static Results.MessagePage around(long conversation, long around, int limit, int maxHeader,
                                              long reader) {
        MessageEntity middle = MessageEntity.findById(around);
        if (middle == null || middle.conversationId != conversation) {
            throw new RequestException(ErrorCode.NOT_FOUND, "no message with id " + around + " in this conversation");
        }
        int older = limit / 2;
        int newer = limit - older;
        return MessagePages.around(MessageQueries.before(conversation, around, older + 1, reader), older,
                MessageQueries.from(conversation, around, newer + 1, reader), newer, maxHeader);
    }
}
