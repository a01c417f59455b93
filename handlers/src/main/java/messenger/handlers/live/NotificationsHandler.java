package messenger.handlers.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import messenger.handlers.WriteRateLimiter;
import messenger.handlers.chat.MessageWriter;
import messenger.handlers.conversation.ConversationLog;
import messenger.handlers.conversation.EventEntity;
import messenger.handlers.conversation.MemberEntity;
import messenger.handlers.conversation.Memberships;
import messenger.handlers.conversation.Person;
import messenger.handlers.spi.DeferredRequestHandler;
import messenger.handlers.spi.Fields;
import messenger.handlers.spi.Handles;
import messenger.handlers.spi.Reply;
import messenger.handlers.spi.Request;
import messenger.handlers.spi.Runs;
import messenger.handlers.spi.Session;
import messenger.protocol.Conversation;
import messenger.protocol.ConversationEvent;
import messenger.protocol.Requests;

/** Sets which messages of a conversation notify this user; their other devices learn it by an event. */
@ApplicationScoped
@Handles(type = Requests.ConversationNotifications.TYPE, runs = Runs.DEFERRED)
public class NotificationsHandler implements DeferredRequestHandler {

    private static final Set<String> LEVELS =
            Set.of(Conversation.NOTIFICATIONS_ALL, Conversation.NOTIFICATIONS_MENTIONS, Conversation.NOTIFICATIONS_NONE);

    @Inject
    MessageWriter writer;

    @Inject
    WriteRateLimiter rate;

    @Override
    public CompletionStage<Reply> handleDeferred(Request request, Session session) {
        Requests.ConversationNotifications body = request.body(Requests.ConversationNotifications.class);
        long conversation = Fields.requiredId(body.conversation(), "conversation");
        String level = Fields.required(body.level(), "level");
        if (!LEVELS.contains(level)) {
            throw Fields.badRequest("\"level\" must be all, mentions or none");
        }
        Person me = Person.of(session.requireIdentity());
        rate.acquire(me.id());
        return writer.change(log -> set(log, me, conversation, level));
    }

    private static Reply set(ConversationLog log, Person me, long conversation, String level) {
        MemberEntity mine = Memberships.requireMember(conversation, me.id());
        if (!level.equals(mine.notifications)) {
            mine.notifications = level;
            EventEntity event = log.draft(conversation, ConversationEvent.NOTIFICATIONS, me);
            event.level = level;
            log.record(event, me, me, Set.of(me.id()));
        }
        return Reply.ok();
    }
}
