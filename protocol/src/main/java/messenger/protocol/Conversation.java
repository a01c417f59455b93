package messenger.protocol;

/**
 * A conversation as one member sees it. {@code kind} is {@code room} or {@code direct}; {@code name} is a room's
 * name or, for a direct conversation, the other member's login; {@code visibility} ({@code public} or
 * {@code private}) and {@code topic} belong to rooms; {@code role} is the viewer's ({@code owner}, {@code admin},
 * {@code member}); {@code lastMessage} carries at most {@link ProtocolRules#PREVIEW_MAX} characters of text;
 * {@code unread} counts others' messages after {@code readUpTo}, up to {@link ProtocolRules#UNREAD_CAP}, and
 * {@code mentions} those of them that mention the viewer; {@code notifications} is the viewer's level
 * ({@code all}, {@code mentions}, {@code none}; null from a server older than it); {@code general} is true for the
 * room <i>general</i> only, and null otherwise or from a server older than it.
 */
public record Conversation(long id, String kind, String name, String topic, String visibility, int members,
                           String role, Message lastMessage, String lastActivity, int unread, long readUpTo,
                           int mentions, String notifications, Boolean general) {

    public static final String ROOM = "room";
    public static final String DIRECT = "direct";
    public static final String PUBLIC = "public";
    public static final String PRIVATE = "private";
    public static final String OWNER = "owner";
    public static final String ADMIN = "admin";
    public static final String MEMBER = "member";
    public static final String NOTIFICATIONS_ALL = "all";
    public static final String NOTIFICATIONS_MENTIONS = "mentions";
    public static final String NOTIFICATIONS_NONE = "none";

    public Conversation(long id, String kind, String name, String topic, String visibility, int members,
                        String role, Message lastMessage, String lastActivity, int unread, long readUpTo) {
        this(id, kind, name, topic, visibility, members, role, lastMessage, lastActivity, unread, readUpTo, 0, null);
    }

    /** A conversation other than <i>general</i>. */
    public Conversation(long id, String kind, String name, String topic, String visibility, int members,
                        String role, Message lastMessage, String lastActivity, int unread, long readUpTo,
                        int mentions, String notifications) {
        this(id, kind, name, topic, visibility, members, role, lastMessage, lastActivity, unread, readUpTo, mentions,
                notifications, null);
    }

    /** The room every account belongs to, which nobody leaves, is removed from, renames or is invited to. */
    public boolean isGeneral() {
        return Boolean.TRUE.equals(general);
    }

    public boolean isRoom() {
        return ROOM.equals(kind);
    }

    public boolean canModerate() {
        return OWNER.equals(role) || ADMIN.equals(role);
    }

    /** The level in effect: the stored one, or the default (every message of a direct conversation, mentions in rooms). */
    public String notificationLevel() {
        return notifications != null ? notifications : isRoom() ? NOTIFICATIONS_MENTIONS : NOTIFICATIONS_ALL;
    }
}
