package messenger.protocol;

import java.util.List;

/**
 * A change to a conversation, in the same id sequence as messages. {@code kind} is one of the constants below;
 * {@code by} is who made the change, {@code login} whom it concerns (joined, left, removed, role, read, notifications),
 * {@code name}, {@code topic}, {@code role}, {@code upTo}, {@code text} and {@code level} the new values where the
 * kind has one; {@code message} is the message an edit, deletion or reaction is about, {@code emoji} the reaction,
 * {@code mentions} the logins an edited text mentions.
 */
public record ConversationEvent(long id, long conversation, String kind, String by, String login, String at,
                                String name, String topic, String role, Long upTo, Long message, String text,
                                String emoji, String level, List<String> mentions) {

    public static final String CREATED = "created";
    public static final String JOINED = "joined";
    public static final String LEFT = "left";
    public static final String REMOVED = "removed";
    public static final String RENAMED = "renamed";
    public static final String TOPIC = "topic";
    public static final String ROLE = "role";
    public static final String READ = "read";
    public static final String EDITED = "edited";
    public static final String DELETED = "deleted";
    public static final String REACTED = "reacted";
    public static final String UNREACTED = "unreacted";
    public static final String NOTIFICATIONS = "notifications";

    public ConversationEvent(long id, long conversation, String kind, String by, String login, String at,
                             String name, String topic, String role, Long upTo) {
        this(id, conversation, kind, by, login, at, name, topic, role, upTo, null, null, null, null, null);
    }

    /** Whether this event changes a message already shown (edited, deleted, reacted, unreacted). */
    public boolean changesAMessage() {
        return message != null;
    }
}
