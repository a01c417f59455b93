package messenger.client.testing;

import java.util.stream.IntStream;
import messenger.protocol.client.MessengerClient;

/** Someone else in the conversation, writing through a plain protocol connection. */
public final class OtherUser implements AutoCloseable {

    private final MessengerClient client;

    public OtherUser(RunningServer server) {
        client = server.signedIn(RunningServer.uniqueLogin("other"));
    }

    /** Sends the text and returns it. */
    public String say(String text) {
        client.send(text.hashCode() + "-" + System.nanoTime(), text, null);
        return text;
    }

    /** Messages of three lines each, so that a few fill a window; returns the text of the last. */
    public String sayThreeLiners(String tag, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> say(tag + " " + i + "\nsecond line\nthird line"))
                .reduce((first, second) -> second).orElseThrow();
    }

    @Override
    public void close() {
        client.close();
    }
}
