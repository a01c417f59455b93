package messenger.client.model;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The state of the chat connection with a line of detail and, while reconnecting, when the next attempt starts;
 * listeners hear every change, in order. {@link #retryNow()} asks the connection to skip the rest of its wait.
 */
public final class ConnectionStatus {

    /** {@code retryAt} is null unless the state is {@link ConnectionState#RECONNECTING}. */
    public record Snapshot(ConnectionState state, String detail, Instant retryAt) {
    }

    private final List<Consumer<Snapshot>> listeners = new CopyOnWriteArrayList<>();
    private Snapshot current = new Snapshot(ConnectionState.CONNECTING, "", null);
    private volatile Runnable retryNow = () -> { };

    public synchronized void set(ConnectionState state, String detail) {
        set(state, detail, null);
    }

    public synchronized void set(ConnectionState state, String detail, Instant retryAt) {
        current = new Snapshot(state, detail, retryAt);
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

    /** What {@link #retryNow()} does: set by whoever owns the connection. */
    public void onRetryNow(Runnable action) {
        retryNow = action;
    }

    public void retryNow() {
        retryNow.run();
    }
}
