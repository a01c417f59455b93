package messenger.protocol.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BooleanSupplier;
import messenger.protocol.Sha256;

/**
 * The SHA-256 of a file to upload, taken once on a thread of its own, so that the upload need not wait for it:
 * the first chunks go out while the file is still being hashed, and every attempt after a lost connection uses
 * the same hash.
 */
public final class FileHash {

    /**
     * Files up to this size are hashed before their upload starts, which takes a few milliseconds, so that one the
     * server holds already moves no byte at all; larger ones start at once and stop as soon as the hash shows that
     * the server holds them (docs/benchmarks.md, "Uploading while hashing").
     */
    public static final long HASHED_FIRST_UP_TO = 64L << 20;

    private final CompletableFuture<String> hex;

    private FileHash(CompletableFuture<String> hex) {
        this.hex = hex;
    }

    public static FileHash known(String sha256) {
        return new FileHash(CompletableFuture.completedFuture(sha256));
    }

    /** Starts hashing {@code file} on a daemon thread, which gives up as soon as {@code cancelled} says so. */
    public static FileHash of(Path file, BooleanSupplier cancelled) {
        CompletableFuture<String> hex = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                hex.complete(Sha256.of(file, cancelled));
            } catch (IOException | RuntimeException e) {
                hex.completeExceptionally(e);
            }
        }, "sha256 of " + file.getFileName());
        thread.setDaemon(true);
        thread.start();
        return new FileHash(hex);
    }

    /** The hex SHA-256, or null while it is still being taken. */
    public String ifKnown() throws IOException {
        return hex.isDone() ? await() : null;
    }

    /** The hex SHA-256, waiting for it if need be. */
    public String await() throws IOException {
        try {
            return hex.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof IOException failure) {
                throw failure;
            }
            if (e.getCause() instanceof CancellationException cancelled) {
                throw cancelled;
            }
            throw new UncheckedIOException(new IOException("hashing the file failed", e.getCause()));
        }
    }
}
