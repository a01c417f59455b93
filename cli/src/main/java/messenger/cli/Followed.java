package messenger.cli;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import messenger.protocol.Conversation;
import messenger.protocol.ConversationEvent;
import messenger.protocol.Message;

/**
 * What {@code tail} follows: general alone (a session that gets nothing else), one conversation of a session that
 * gets them all, or all of them, each message labelled with its conversation's name. Names are learnt from the
 * listing at the start and from the changes that arrive; safe to use from the session's threads.
 */
final class Followed {

    private final Long only;
    private final boolean labelled;
    private final String me;
    private final Map<Long, String> names = new ConcurrentHashMap<>();

    private Followed(Long only, boolean labelled, String me) {
        this.only = only;
        this.labelled = labelled;
        this.me = me;
    }

    /** Whatever the session delivers (without {@code all} that is general alone), unlabelled. */
    static Followed everything(String me) {
        return new Followed(null, false, me);
    }

    static Followed one(Conversation conversation, String me) {
        Followed followed = new Followed(conversation.id(), false, me);
        followed.know(conversation);
        return followed;
    }

    static Followed all(Iterable<Conversation> conversations, String me) {
        Followed followed = new Followed(null, true, me);
        conversations.forEach(followed::know);
        return followed;
    }

    boolean shows(long conversation) {
        return only == null || only == conversation;
    }

    boolean shows(Message message) {
        return only == null || message.conversation() != null && shows(message.conversation());
    }

    /** The conversation's name to show before a line, or null when only one is followed. */
    String label(Long conversation) {
        if (!labelled || conversation == null) {
            return null;
        }
        return names.getOrDefault(conversation, "#" + conversation);
    }

    boolean knows(long conversation) {
        return names.containsKey(conversation);
    }

    void know(Conversation conversation) {
        names.put(conversation.id(), ConversationPrinter.displayName(conversation));
    }

    /** Learns a name from a change: a room created or renamed, a direct conversation opened. */
    void learn(ConversationEvent event) {
        if (ConversationEvent.RENAMED.equals(event.kind())
                || ConversationEvent.CREATED.equals(event.kind()) && event.name() != null) {
            names.put(event.conversation(), MessagePrinter.printable(event.name()));
        } else if (ConversationEvent.CREATED.equals(event.kind()) && event.by() != null && event.login() != null) {
            String other = event.login().equalsIgnoreCase(me) ? event.by() : event.login();
            names.put(event.conversation(), "@" + MessagePrinter.printable(other));
        }
    }

    /** True when the change ends this user's membership: they left, or were removed. */
    boolean endsMembership(ConversationEvent event) {
        return (ConversationEvent.LEFT.equals(event.kind()) || ConversationEvent.REMOVED.equals(event.kind()))
                && event.login() != null && event.login().equalsIgnoreCase(me);
    }

    /** True when the change adds this user to a conversation (whose name may need looking up). */
    boolean addsMe(ConversationEvent event) {
        return ConversationEvent.JOINED.equals(event.kind()) && event.login() != null
                && event.login().equalsIgnoreCase(me);
    }

    /** Whether one conversation alone is followed, so that losing it ends the tail. */
    boolean followsOne() {
        return only != null;
    }

    String name(long conversation) {
        return names.getOrDefault(conversation, "#" + conversation);
    }
}
