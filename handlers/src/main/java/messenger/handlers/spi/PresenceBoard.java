package messenger.handlers.spi;

/** Who is here now, as the transport sees the users' connections (see {@code presence} in docs/protocol.md). */
public interface PresenceBoard {

    /** {@code online}, {@code away} or {@code offline}. */
    String statusOf(long userId);
}
