package messenger.client.model;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import messenger.protocol.client.TransferListener;

/**
 * One upload or download: progress, speed and state, followed by views; {@link #cancel()} asks the transfer to
 * stop between chunks. An upload starts out {@link TransferState#PREPARING preparing}. {@code fileId} is the
 * server's id of a download, 0 for an upload.
 */
public final class Transfer implements TransferListener {

    public enum Direction { UPLOAD, DOWNLOAD }

    public record Snapshot(TransferState state, long done, long total, long bytesPerSecond, String problem) {
    }

    private final Direction direction;
    private final String name;
    private final long fileId;
    private final Path localFile;
    private final SpeedMeter speed;
    private final List<Consumer<Snapshot>> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean cancelRequested;
    private Snapshot current;

    public Transfer(Direction direction, String name, long fileId, Path localFile, long total, SpeedMeter speed) {
        this.direction = direction;
        this.name = name;
        this.fileId = fileId;
        this.localFile = localFile;
        this.speed = speed;
        this.current = new Snapshot(direction == Direction.UPLOAD ? TransferState.PREPARING : TransferState.RUNNING, 0,
                total, 0, null);
    }

    public Direction direction() {
        return direction;
    }

    public String name() {
        return name;
    }

    public long fileId() {
        return fileId;
    }

    public Path localFile() {
        return localFile;
    }

    public synchronized Snapshot current() {
        return current;
    }

    @Override
    public void progress(long done, long total) {
        update(TransferState.RUNNING, done, total, speed.record(done), null);
    }

    @Override
    public boolean cancelled() {
        return cancelRequested;
    }

    public void cancel() {
        cancelRequested = true;
    }

    public void waiting(String why) {
        Snapshot now = current();
        update(TransferState.WAITING, now.done(), now.total(), 0, why);
    }

    public void finished(TransferState state, String problem) {
        Snapshot now = current();
        update(state, state == TransferState.DONE ? now.total() : now.done(), now.total(), 0, problem);
    }

    /** Adds a listener and tells it the current state at once. */
    public synchronized void addListener(Consumer<Snapshot> listener) {
        listeners.add(listener);
        listener.accept(current);
    }

    public void removeListener(Consumer<Snapshot> listener) {
        listeners.remove(listener);
    }

    private synchronized void update(TransferState state, long done, long total, long bytesPerSecond, String problem) {
        if (current.state().isFinished()) {
            return;
        }
        current = new Snapshot(state, done, total, bytesPerSecond, problem);
        listeners.forEach(listener -> listener.accept(current));
    }
}
