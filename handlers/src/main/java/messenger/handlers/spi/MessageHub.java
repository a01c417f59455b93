package messenger.handlers.spi;

import messenger.protocol.Message;

/** Delivers a stored message to every subscribed connection. Called in id order, after the commit. */
public interface MessageHub {

    void publish(Message message);
}
