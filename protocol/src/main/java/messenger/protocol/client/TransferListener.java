package messenger.protocol.client;

/** Follows an upload or download; {@link #cancelled()} is polled between chunks. */
public interface TransferListener {

    TransferListener NONE = (done, total) -> { };

    void progress(long done, long total);

    default boolean cancelled() {
        return false;
    }
}
