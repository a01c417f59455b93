package messenger.protocol;

/**
 * Whether a user is here: {@code online} (a device connected and in use), {@code away} (every connected device
 * idle) or {@code offline}, then with {@code lastSeen}, when their last device went (absent if never seen).
 */
public record Presence(String login, String status, String lastSeen) {

    public static final String ONLINE = "online";
    public static final String AWAY = "away";
    public static final String OFFLINE = "offline";
}
