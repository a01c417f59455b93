package messenger.handlers.spi;

import java.util.List;
import java.util.Map;

/** Who is here now, as the transport sees the users' connections (see {@code presence} in docs/protocol.md). */
public interface PresenceBoard {

    /** Each user's status, {@code online}, {@code away} or {@code offline}, asked all at once. */
    Map<Long, String> statusesOf(List<Long> userIds);
}
