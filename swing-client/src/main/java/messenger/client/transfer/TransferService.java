package messenger.client.transfer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import messenger.client.cache.PrivateFolder;
import messenger.client.model.SpeedMeter;
import messenger.client.model.Transfer;
import messenger.client.model.TransferState;
import messenger.client.model.Transfers;
import messenger.client.net.Connections;
import messenger.client.net.Device;
import messenger.protocol.FileInfo;
import messenger.protocol.ProtocolRules;
import messenger.protocol.Sha256;
import messenger.protocol.client.ReconnectPolicy;
import messenger.protocol.client.RetryingConnection;
import messenger.protocol.client.TransferListener;

/**
 * Uploads and downloads on the device's file connection, so transfers never delay chat. The connection is a
 * {@link RetryingConnection}: when it drops, a transfer waits by the {@link ReconnectPolicy} and goes on from where it
 * stopped (the server keeps an unfinished upload, and a download keeps its bytes in a {@code .part} file), until
 * the user cancels it.
 */
public final class TransferService implements AutoCloseable {

    private static final int PARALLEL_TRANSFERS = 2;

    private final Transfers transfers;
    private final RetryingConnection connection;
    private final Function<Throwable, String> describe;
    private final ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_TRANSFERS, runnable -> {
        Thread thread = new Thread(runnable, "file-transfer");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<Path, CompletableFuture<Path>> downloading = new ConcurrentHashMap<>();
    private final ExecutorService fetcher = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "file-fetch");
        thread.setDaemon(true);
        return thread;
    });

    /** {@code describe} words a failure for the person reading the transfer's row. */
    public TransferService(Device device, Transfers transfers, ReconnectPolicy policy,
                           Function<Throwable, String> describe) {
        this.transfers = transfers;
        this.connection = new RetryingConnection(listener -> Connections.open(device, listener), policy, 0);
        this.describe = describe;
    }

    /**
     * Uploads a file under its own name; completes with the stored file, ready to be sent in a message. The
     * file's checksum is computed once, before anything is sent (the transfer says it is preparing), and
     * serves every attempt after a lost connection.
     */
    public CompletableFuture<FileInfo> upload(Path file) throws IOException {
        String name = uploadName(file.getFileName().toString());
        Transfer transfer = new Transfer(Transfer.Direction.UPLOAD, name, 0, file, Files.size(file),
                new SpeedMeter(System::nanoTime));
        transfers.add(transfer);
        return CompletableFuture.supplyAsync(() -> {
            String sha256 = checksum(transfer, file);
            return run(transfer, progress -> connection.upload(file, name, sha256, progress));
        }, pool);
    }

    private String checksum(Transfer transfer, Path file) {
        try {
            return Sha256.of(file, transfer::cancelled);
        } catch (CancellationException e) {
            transfer.finished(TransferState.CANCELLED, null);
            throw e;
        } catch (IOException e) {
            transfer.finished(TransferState.FAILED, describe.apply(e));
            throw new TransferFailedException(describe.apply(e), e);
        }
    }

    /**
     * Downloads a file into {@code target}; the bytes collect in a {@code .part} file beside it, so an
     * interrupted download (even by closing the window) goes on from there, and only a complete, checked file
     * gets the target's name. Only the user's Cancel deletes the {@code .part}. Saving a file again to where it is
     * still being saved is that same download: two writers of one {@code .part} would garble it.
     */
    public CompletableFuture<Path> download(FileInfo file, Path target) {
        Path part = partFile(target.toAbsolutePath().normalize(), file.id());
        CompletableFuture<Path> running = downloading.computeIfAbsent(part, unused -> startDownload(file, target, part));
        running.whenComplete((saved, failure) -> downloading.remove(part, running));
        return running;
    }

    private CompletableFuture<Path> startDownload(FileInfo file, Path target, Path part) {
        Transfer transfer = new Transfer(Transfer.Direction.DOWNLOAD, file.name(), file.id(), target, file.size(),
                new SpeedMeter(System::nanoTime));
        transfers.add(transfer);
        return CompletableFuture.supplyAsync(() -> {
            try {
                return run(transfer, progress -> {
                    connection.download(file.id(), part, progress);
                    moveInPlace(part, target);
                    return target;
                });
            } catch (CancellationException e) {
                if (transfer.cancelled()) {
                    deleteQuietly(part);
                }
                throw e;
            }
        }, pool);
    }

    /**
     * Downloads a file for the client's own use (an image preview) into {@code target}, unless it is there already
     * with the file's checksum: not listed among the transfers, one at a time on a thread of its own so it never
     * waits behind the user's large transfers. The bytes collect in a {@code .part} file of this download's own, so
     * only a complete, checked file ever has the target's name, even with two windows fetching the same file. The
     * folder and the copy are this user's alone.
     */
    public CompletableFuture<Path> fetch(FileInfo file, Path target) {
        return CompletableFuture.supplyAsync(() -> {
            Path part = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
            try {
                if (Files.isRegularFile(target) && file.sha256() != null && file.sha256().equals(Sha256.of(target))) {
                    return target;
                }
                PrivateFolder.create(target.getParent());
                connection.download(file.id(), part, TransferListener.NONE);
                PrivateFolder.restrict(part);
                moveInPlace(part, target);
                return target;
            } catch (IOException | RuntimeException e) {
                deleteQuietly(part);
                throw e instanceof RuntimeException runtime ? runtime : new TransferFailedException(describe.apply(e), e);
            }
        }, fetcher);
    }

    /** Where the bytes of a download collect until it is complete. */
    static Path partFile(Path target, long fileId) {
        return target.resolveSibling("." + target.getFileName() + "." + fileId + ".part");
    }

    /** Stops every transfer and closes the connection; returns at once, even while a connection is opening. */
    @Override
    public void close() {
        pool.shutdownNow();
        fetcher.shutdownNow();
        connection.close();
    }

    private interface Step<T> {
        T run(TransferListener progress) throws IOException;
    }

    /** Runs a transfer until it is done, cancelled or refused; {@link RetryingConnection} resumes it after drops. */
    private <T> T run(Transfer transfer, Step<T> step) {
        try {
            T result = step.run(new Shown(transfer));
            transfer.finished(TransferState.DONE, null);
            return result;
        } catch (CancellationException e) {
            transfer.finished(TransferState.CANCELLED, null);
            throw e;
        } catch (IOException | RuntimeException e) {
            transfer.finished(TransferState.FAILED, describe.apply(e));
            throw new TransferFailedException(describe.apply(e), e);
        }
    }

    /** The transfer's row follows the progress, and says why and for how long it waits before resuming. */
    private final class Shown implements TransferListener {
        private final Transfer transfer;

        Shown(Transfer transfer) {
            this.transfer = transfer;
        }

        @Override
        public void progress(long done, long total) {
            transfer.progress(done, total);
        }

        @Override
        public boolean cancelled() {
            return transfer.cancelled();
        }

        @Override
        public void retrying(Throwable why, Duration wait) {
            transfer.waiting(describe.apply(why) + " Resuming in " + Math.max(1, Math.round(wait.toMillis() / 1000.0))
                    + " s…");
        }
    }

    /** The protocol allows 255 UTF-8 bytes of name; a longer one loses characters before its extension. */
    static String uploadName(String name) {
        String result = name;
        while (result.getBytes(StandardCharsets.UTF_8).length > ProtocolRules.FILE_NAME_MAX_BYTES) {
            int dot = result.lastIndexOf('.');
            int cut = dot > 0 ? dot : result.length();
            int before = result.offsetByCodePoints(cut, -1);
            result = result.substring(0, before) + result.substring(cut);
        }
        return result;
    }

    private static void deleteQuietly(Path part) {
        try {
            Files.deleteIfExists(part);
        } catch (IOException e) {
            // a .part left behind is only a few bytes of litter; the cancel itself succeeded
        }
    }

    private static void moveInPlace(Path part, Path target) throws IOException {
        try {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
