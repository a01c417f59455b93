package messenger.protocol;

/**
 * A conversation as one member sees it. {@code kind} is {@code room} or {@code direct}; {@code name} is a room's
 * name or, for a direct conversation, the other member's login; {@code visibility} ({@code public} or
 * {@code private}) and {@code topic} belong to rooms; {@code role} is the viewer's ({@code owner}, {@code admin},
 * {@code member}); {@code lastMessage} carries at most {@link ProtocolRules#PREVIEW_MAX} characters of text;
 * {@code unread} counts others' messages after {@code readUpTo}, up to {@link ProtocolRules#UNREAD_CAP}.
 */
public record Conversation(long id, String kind, String name, String topic, String visibility, int members,
                           String role, Message lastMessage, String lastActivity, int unread, long readUpTo) {

    public static final String ROOM = "room";
    public static final String DIRECT = "direct";
    public static final String PUBLIC = "public";
    public static final String PRIVATE = "private";
    public static final String OWNER = "owner";
    public static final String ADMIN = "admin";
    public static final String MEMBER = "member";

    public boolean isRoom() {
        return ROOM.equals(kind);
    }

    public boolean canModerate() {
        return OWNER.equals(role) || ADMIN.equals(role);
    }
}
