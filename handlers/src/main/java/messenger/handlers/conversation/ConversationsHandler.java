package messenger.handlers.conversation;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import messenger.handlers.chat.MessageCounterEntity;
import messenger.handlers.spi.Fields;
import messenger.handlers.spi.Handles;
import messenger.handlers.spi.Reply;
import messenger.handlers.spi.Request;
import messenger.handlers.spi.RequestHandler;
import messenger.handlers.spi.Runs;
import messenger.handlers.spi.Session;
import messenger.protocol.Conversation;
import messenger.protocol.Json;
import messenger.protocol.ProtocolRules;
import messenger.protocol.Requests;
import messenger.protocol.Results;

/** The user's conversations, by id, in pages that fit one header, with the log's position when read. */
@ApplicationScoped
@Handles(type = Requests.Conversations.TYPE, runs = Runs.READ_ONLY)
public class ConversationsHandler implements RequestHandler {

    /** Room for {@code type}, {@code re}, {@code hasMore} and {@code cursor}. */
    private static final int ENVELOPE = 160;

    @Override
    public Reply handle(Request request, Session session) {
        Requests.Conversations body = request.body(Requests.Conversations.class);
        long after = body.after() == null ? 0 : Fields.nonNegative(body.after(), "after");
        int limit = Fields.limit(body.limit(), ProtocolRules.CONVERSATIONS_DEFAULT_LIMIT,
                ProtocolRules.CONVERSATIONS_MAX_LIMIT);
        long userId = session.requireIdentity().userId();
        long cursor = MessageCounterEntity.lastCommittedId();
        List<MemberEntity> memberships = MemberEntity.<MemberEntity>find(
                        "userId = ?1 and conversationId > ?2 order by conversationId", userId, after)
                .range(0, limit).list();
        boolean hasMore = memberships.size() > limit;
        List<Conversation> page = new ArrayList<>(ConversationViews.of(userId,
                memberships.subList(0, Math.min(limit, memberships.size()))));
        int budget = session.limits().maxHeader() - ENVELOPE;
        for (int i = 0; i < page.size(); i++) {
            budget -= Json.GSON.toJson(page.get(i)).getBytes(StandardCharsets.UTF_8).length + 1;
            if (budget < 0 && i > 0) {
                page = page.subList(0, i);
                hasMore = true;
                break;
            }
        }
        return Reply.of(new Results.ConversationList(page, hasMore, cursor));
    }
}
