package messenger.handlers.spi;

import java.util.List;
import java.util.Set;
import messenger.protocol.Frame;

/**
 * Delivers committed log entries to the subscribed connections allowed to see them, in id order, and signals that
 * are never stored.
 */
public interface MessageHub {

    /** The entries of one commit, ascending by id; each connection gets its share as consecutive pushes. */
    void publish(List<Delivery> entries);

    /**
     * Pushes a frame that is not part of the log (typing, presence) at once to the connections following all
     * conversations of {@code userIds} (null: of everyone), except those of {@code exceptUserId} (null: none).
     */
    void signal(Frame frame, Set<Long> userIds, Long exceptUserId);
}
