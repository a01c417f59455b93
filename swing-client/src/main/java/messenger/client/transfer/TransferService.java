package messenger.client.transfer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import messenger.client.model.SpeedMeter;
import messenger.client.model.Transfer;
import messenger.client.model.TransferState;
import messenger.client.model.Transfers;
import messenger.client.net.Connections;
import messenger.client.net.Device;
import messenger.protocol.FileInfo;
import messenger.protocol.ProtocolRules;
import messenger.protocol.Sha256;
import messenger.protocol.client.ConnectionLostException;
import messenger.protocol.client.MessengerClient;
import messenger.protocol.client.MessengerException;
import messenger.protocol.client.ReconnectPolicy;
import messenger.protocol.client.Retry;

/**
 * Uploads and downloads on the device's file connection, so transfers never delay chat. The connection is
 * opened on first use; when it drops, a transfer waits, reconnects by its {@link ReconnectPolicy} and goes on from
 * where it stopped (the server keeps an unfinished upload, and a download keeps its bytes in a {@code .part} file).
 */
public final class TransferService implements AutoCloseable {

    private static final int PARALLEL_TRANSFERS = 2;

    private final Device device;
    private final Transfers transfers;
    private final ReconnectPolicy policy;
    private final Function<Throwable, String> describe;
    private final ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_TRANSFERS, runnable -> {
        Thread thread = new Thread(runnable, "file-transfer");
        thread.setDaemon(true);
        return thread;
    });
    /** Guarded by {@code this}, which is only ever held briefly: connecting happens outside it. */
    private MessengerClient connection;
    private boolean closed;

    /** {@code describe} words a failure for the person reading the transfer's row. */
    public TransferService(Device device, Transfers transfers, ReconnectPolicy policy,
                           Function<Throwable, String> describe) {
        this.device = device;
        this.transfers = transfers;
        this.policy = policy;
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
            return run(transfer, client -> client.upload(file, name, sha256, transfer));
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
     * gets the target's name. Only the user's Cancel deletes the {@code .part}.
     */
    public CompletableFuture<Path> download(FileInfo file, Path target) {
        Transfer transfer = new Transfer(Transfer.Direction.DOWNLOAD, file.name(), file.id(), target, file.size(),
                new SpeedMeter(System::nanoTime));
        transfers.add(transfer);
        Path part = partFile(target, file.id());
        return CompletableFuture.supplyAsync(() -> {
            try {
                return run(transfer, client -> {
                    client.download(file.id(), part, transfer);
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

    /** Where the bytes of a download collect until it is complete. */
    static Path partFile(Path target, long fileId) {
        return target.resolveSibling("." + target.getFileName() + "." + fileId + ".part");
    }

    /** Stops every transfer and closes the connection; returns at once, even while a connection is opening. */
    @Override
    public void close() {
        MessengerClient current;
        synchronized (this) {
            closed = true;
            current = connection;
            connection = null;
        }
        pool.shutdownNow();
        if (current != null) {
            current.close();
        }
    }

    private interface Step<T> {
        T run(MessengerClient client) throws IOException;
    }

    /** Runs a transfer until it is done, cancelled or refused, resuming after every lost connection. */
    private <T> T run(Transfer transfer, Step<T> step) {
        int attempt = 0;
        while (true) {
            MessengerClient client = null;
            try {
                client = connection();
                T result = step.run(client);
                transfer.finished(TransferState.DONE, null);
                return result;
            } catch (CancellationException e) {
                transfer.finished(TransferState.CANCELLED, null);
                throw e;
            } catch (ConnectionLostException | ConnectionFailedException e) {
                dropConnection(client);
                Throwable why = e instanceof ConnectionFailedException ? e.getCause() : e;
                int failures = ++attempt;
                // reconnecting is the only way on, whatever the failure
                waitOrCancel(transfer, why, Retry.after(why, failures, policy).orElseGet(() -> policy.delay(failures)));
            } catch (MessengerException e) {
                // the server says "later" (or, for BAD_OFFSET, "ask me the offset again"): the connection is fine
                Optional<Duration> wait = Retry.after(e, ++attempt, policy);
                if (wait.isEmpty()) {
                    transfer.finished(TransferState.FAILED, describe.apply(e));
                    throw new TransferFailedException(describe.apply(e), e);
                }
                waitOrCancel(transfer, e, wait.get());
            } catch (IOException | RuntimeException e) {
                transfer.finished(TransferState.FAILED, describe.apply(e));
                throw new TransferFailedException(describe.apply(e), e);
            }
        }
    }

    private void waitOrCancel(Transfer transfer, Throwable why, Duration wait) {
        try {
            waitBeforeRetry(transfer, why, wait);
        } catch (CancellationException cancelled) {
            transfer.finished(TransferState.CANCELLED, null);
            throw cancelled;
        }
    }

    private void waitBeforeRetry(Transfer transfer, Throwable why, Duration wait) {
        long delay = wait.toMillis();
        transfer.waiting(describe.apply(why) + " Resuming in " + Math.max(1, delay / 1000) + " s…");
        long until = System.currentTimeMillis() + delay;
        try {
            while (System.currentTimeMillis() < until) {
                if (transfer.cancelled()) {
                    throw new CancellationException("transfer cancelled");
                }
                Thread.sleep(Math.min(100, Math.max(1, until - System.currentTimeMillis())));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("the client is closing");
        }
    }

    /**
     * The open file connection, opened now if there is none. Opening (connect, TLS, hello, resume) can take
     * as long as the timeouts allow, so it runs without the lock that {@link #close()} needs; when two
     * transfers open one at the same time, the second one keeps the first one's connection.
     */
    private MessengerClient connection() throws ConnectionFailedException {
        synchronized (this) {
            if (connection != null && connection.isOpen()) {
                return connection;
            }
        }
        MessengerClient opened;
        try {
            opened = Connections.open(device, null);
        } catch (IOException e) {
            throw new ConnectionFailedException(e);
        }
        synchronized (this) {
            if (closed) {
                opened.close();
                throw new CancellationException("the client is closing");
            }
            if (connection != null && connection.isOpen()) {
                opened.close();
                return connection;
            }
            connection = opened;
            return opened;
        }
    }

    /** Closes a connection that failed, and forgets it if it is still the current one. */
    private void dropConnection(MessengerClient broken) {
        if (broken == null) {
            return;
        }
        synchronized (this) {
            if (broken == connection) {
                connection = null;
            }
        }
        broken.close();
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

    /** Opening the file connection failed: retried like a lost connection. */
    private static final class ConnectionFailedException extends Exception {
        ConnectionFailedException(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
