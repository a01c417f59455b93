package messenger.client.controller;

import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import messenger.protocol.client.ConnectionLostException;
import messenger.protocol.client.MessengerException;

/**
 * Failures of work that only keeps the screen fresh (a read marker, presence, typing): a lost connection, a
 * refusal (a conversation left meanwhile, a rate limit) or a session closing is no reason to bother the reader.
 */
final class Harmless {

    private Harmless() {
    }

    static void unless(Throwable failure, Consumer<Throwable> onUnexpected) {
        if (!(failure instanceof ConnectionLostException || failure instanceof MessengerException
                || failure instanceof CancellationException)) {
            onUnexpected.accept(failure);
        }
    }
}
