package messenger.handlers.spi;

/** Who is behind an authenticated connection: a user and the device (token) it signed in with. */
public record Identity(long userId, String login, long deviceId) {
}
