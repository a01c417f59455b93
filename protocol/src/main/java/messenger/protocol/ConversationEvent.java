package messenger.protocol;

/**
 * A change to a conversation, in the same id sequence as messages. {@code kind} is one of the constants below;
 * {@code by} is who made the change, {@code login} whom it concerns (joined, left, removed, role, read),
 * {@code name}, {@code topic}, {@code role} and {@code upTo} the new values where the kind has one.
 */
public record ConversationEvent(long id, long conversation, String kind, String by, String login, String at,
                                String name, String topic, String role, Long upTo) {

    public static final String CREATED = "created";
    public static final String JOINED = "joined";
    public static final String LEFT = "left";
    public static final String REMOVED = "removed";
    public static final String RENAMED = "renamed";
    public static final String TOPIC = "topic";
    public static final String ROLE = "role";
    public static final String READ = "read";
}
