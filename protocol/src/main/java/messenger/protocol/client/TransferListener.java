package messenger.protocol.client;

import java.time.Duration;

/** Follows an upload or download; {@link #cancelled()} is polled between chunks and while waiting to retry. */
public interface TransferListener {

    TransferListener NONE = (done, total) -> { };

    void progress(long done, long total);

    /** The server held these {@code size} bytes already: the upload is done without sending any. */
    default void alreadyOnServer(long size) {
        progress(size, size);
    }

    default boolean cancelled() {
        return false;
    }

    /** The transfer stopped for {@code why} and goes on after {@code wait} (see {@link RetryingConnection}). */
    default void retrying(Throwable why, Duration wait) {
    }
}
