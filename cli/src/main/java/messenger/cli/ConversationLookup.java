package messenger.cli;

import java.time.Duration;
import messenger.protocol.Conversation;
import messenger.protocol.client.MessengerClient;

/**
 * Reads a conversation that {@code tail --all} has just been added to, whose name no change carries, on a second
 * connection opened on first use. The session's own connection cannot serve: its listener runs on that connection's
 * reader thread, which must never wait for a reply. Called by that thread; rare (one request per invitation).
 */
final class ConversationLookup implements AutoCloseable {

    private final Endpoint server;
    private final Config config;
    private final Duration timeout;
    private MessengerClient client;

    ConversationLookup(Endpoint server, Config config, Duration timeout) {
        this.server = server;
        this.config = config;
        this.timeout = timeout;
    }

    /** The conversation, or null when it cannot be read now: the caller then shows its #ID. */
    synchronized Conversation conversation(long id) {
        try {
            if (client == null || !client.isOpen()) {
                client = Connector.openSignedIn(server, config, null, timeout);
            }
            return client.conversation(id);
        } catch (RuntimeException unreachableOrRefused) {
            // only a label is at stake; the session reports connection trouble on its own
            return null;
        }
    }

    @Override
    public synchronized void close() {
        if (client != null) {
            client.close();
        }
    }
}
