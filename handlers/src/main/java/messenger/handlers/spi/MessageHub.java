package messenger.handlers.spi;

import java.util.List;
import messenger.protocol.Message;

/** Delivers stored messages to every subscribed connection. Called in id order, after the commit. */
public interface MessageHub {

    /** The messages of one commit, ascending by id; subscribers get them as consecutive pushes. */
    void publish(List<Message> messages);
}
