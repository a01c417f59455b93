package messenger.client.model;

import java.time.Instant;
import messenger.protocol.Conversation;
import messenger.protocol.Message;

/**
 * One conversation as the sidebar shows it: a room or a direct conversation (whose {@code name} is the other
 * member's login), when it was last active, and how many messages of others wait unread after the read marker,
 * {@code mentions} of them mentioning the user. {@code lastMessageId} is 0 while it holds no message; {@code role}
 * is this user's; {@code notifications} the level of messages that notify them ({@code all}, {@code mentions},
 * {@code none}). {@code isGeneral}: the room every account belongs to, which nobody leaves or is invited to.
 */
public record ConversationSummary(long id, boolean isRoom, String name, String topic, boolean isPrivate, int members,
                                  String role, Instant lastActivity, long lastMessageId, int unread, long readUpTo,
                                  int mentions, String notifications, boolean isGeneral) {

    public static ConversationSummary of(Conversation conversation) {
        return new ConversationSummary(conversation.id(), conversation.isRoom(), conversation.name(),
                conversation.topic() == null ? "" : conversation.topic(),
                Conversation.PRIVATE.equals(conversation.visibility()), conversation.members(), conversation.role(),
                Instant.parse(conversation.lastActivity()),
                conversation.lastMessage() == null ? 0 : conversation.lastMessage().id(), conversation.unread(),
                conversation.readUpTo(), conversation.mentions(), conversation.notificationLevel(),
                conversation.isGeneral());
    }

    public boolean isUnread() {
        return unread > 0;
    }

    public boolean canModerate() {
        return Conversation.OWNER.equals(role) || Conversation.ADMIN.equals(role);
    }

    /**
     * A new message here: the conversation was active then and, when the message is someone else's and after the
     * marker, it is one more unread. A message known already (listed with the conversation) changes nothing.
     */
    ConversationSummary with(Message message, String me) {
        if (message.id() <= lastMessageId) {
            return this;
        }
        boolean counts = message.id() > readUpTo && !message.from().equalsIgnoreCase(me);
        boolean mentionsMe = counts && message.mentions(me);
        Instant at = Instant.parse(message.at());
        return new ConversationSummary(id, isRoom, name, topic, isPrivate, members, role,
                at.isAfter(lastActivity) ? at : lastActivity, message.id(), counts ? unread + 1 : unread, readUpTo,
                mentionsMe ? mentions + 1 : mentions, notifications, isGeneral);
    }

    /** The marker moved to {@code upTo}; at or past the newest message nothing is left unread. */
    ConversationSummary readTo(long upTo) {
        long marker = Math.max(readUpTo, upTo);
        boolean allRead = marker >= lastMessageId;
        return new ConversationSummary(id, isRoom, name, topic, isPrivate, members, role, lastActivity, lastMessageId,
                allRead ? 0 : unread, marker, allRead ? 0 : mentions, notifications, isGeneral);
    }

    ConversationSummary renamed(String newName) {
        return new ConversationSummary(id, isRoom, newName, topic, isPrivate, members, role, lastActivity,
                lastMessageId, unread, readUpTo, mentions, notifications, isGeneral);
    }

    ConversationSummary withTopic(String newTopic) {
        return new ConversationSummary(id, isRoom, name, newTopic, isPrivate, members, role, lastActivity,
                lastMessageId, unread, readUpTo, mentions, notifications, isGeneral);
    }

    ConversationSummary notifying(String level) {
        return new ConversationSummary(id, isRoom, name, topic, isPrivate, members, role, lastActivity,
                lastMessageId, unread, readUpTo, mentions, level, isGeneral);
    }

    /** Whether a new message of someone else here notifies the user, at this conversation's level. */
    public boolean notifiesOf(Message message, String me) {
        return !message.from().equalsIgnoreCase(me) && (Conversation.NOTIFICATIONS_ALL.equals(notifications)
                || Conversation.NOTIFICATIONS_MENTIONS.equals(notifications) && message.mentions(me));
    }
}
