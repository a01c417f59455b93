package messenger.server.hub;

import io.vertx.core.buffer.Buffer;

/** A connection that receives pushes. */
public interface Subscriber {

    /**
     * Queues encoded push frames, one per message of {@code messages}; the same buffer is shared by every
     * subscriber. Must not block.
     */
    void push(Buffer frames, int messages);
}
