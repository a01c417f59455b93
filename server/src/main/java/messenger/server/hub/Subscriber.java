package messenger.server.hub;

import io.vertx.core.buffer.Buffer;

/** A connection that receives pushes. */
public interface Subscriber {

    /** Queues an encoded push frame; the same buffer is shared by every subscriber. Must not block. */
    void push(Buffer frame);
}
