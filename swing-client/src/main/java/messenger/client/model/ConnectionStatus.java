package messenger.client.model;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** The state of the chat connection with a line of detail; listeners hear every change, in order. */
public final class ConnectionStatus {

    public record Snapshot(ConnectionState state, String detail) {
    }

    private final List<Consumer<Snapshot>> listeners = new CopyOnWriteArrayList<>();
    private Snapshot current = new Snapshot(ConnectionState.CONNECTING, "");

    public synchronized void set(ConnectionState state, String detail) {
        current = new Snapshot(state, detail);
        listeners.forEach(listener -> listener.accept(current));
    }

    /** Adds a listener and tells it the current state at once. */
    public synchronized void addListener(Consumer<Snapshot> listener) {
        listeners.add(listener);
        listener.accept(current);
    }

    public void removeListener(Consumer<Snapshot> listener) {
        listeners.remove(listener);
    }
}
