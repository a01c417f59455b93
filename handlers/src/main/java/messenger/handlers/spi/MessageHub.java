package messenger.handlers.spi;

import java.util.List;

/** Delivers committed log entries to the subscribed connections allowed to see them. Called in id order. */
public interface MessageHub {

    /** The entries of one commit, ascending by id; each connection gets its share as consecutive pushes. */
    void publish(List<Delivery> entries);
}
