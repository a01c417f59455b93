package messenger.server.hub;

import io.vertx.core.buffer.Buffer;

/** A connection that receives pushes: whose they are, and whether it follows all their conversations. */
public interface Subscriber {

    long userId();

    /** The user's login as registered, for telling others about their presence. */
    String login();

    /** Whether the user has stepped away from this connection's device (see {@code activity}). */
    boolean idle();

    /** False for a client older than conversations: it gets the messages of <i>general</i> only. */
    boolean allConversations();

    /** Queues encoded push frames, {@code count} of them; the buffer may be shared by other subscribers. Must not block. */
    void push(Buffer frames, int count);
}
