package messenger.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import messenger.protocol.FileInfo;
import messenger.protocol.client.MessengerClient;
import messenger.protocol.client.TransferListener;

/**
 * A file going up, down, or up and down in turn, again and again on a connection of its own until stopped. Each
 * upload first changes the file's first bytes, so the server cannot take it for a file it holds already and must
 * receive every byte.
 */
final class TransferLoad {

    /** Which way the bytes go. */
    enum Direction { BOTH, UP, DOWN }

    private final MessengerClient client;
    private final Direction direction;
    private final FileInfo stored;
    private final Path source;
    private final Path downloaded;
    private final long size;
    private final Thread thread;
    private final AtomicLong finishedBytes = new AtomicLong();
    private final AtomicLong currentBytes = new AtomicLong();
    private final AtomicLong uploads = new AtomicLong();
    private final AtomicLong downloads = new AtomicLong();
    private volatile boolean stopping;
    private volatile Exception failure;

    private TransferLoad(MessengerClient client, Direction direction, FileInfo stored, Path source, Path downloaded)
            throws IOException {
        this.client = client;
        this.direction = direction;
        this.stored = stored;
        this.source = source;
        this.downloaded = downloaded;
        this.size = Files.size(source);
        this.thread = new Thread(this::loop, "transfer-load");
        thread.setDaemon(true);
    }

    /**
     * Starts uploading {@code source}, downloading what was uploaded to {@code downloaded}, or both in turn, on
     * {@code client}; downloads alone are of {@code stored}, a file uploaded from {@code source} before.
     */
    static TransferLoad start(MessengerClient client, Direction direction, FileInfo stored, Path source,
                              Path downloaded) throws IOException {
        if (direction == Direction.DOWN && stored == null) {
            throw new IllegalArgumentException("downloads alone need a stored file");
        }
        TransferLoad load = new TransferLoad(client, direction, stored, source, downloaded);
        load.thread.start();
        return load;
    }

    /**
     * Waits for the first byte to move (an upload hashes its file before), so that what is measured next has the
     * bytes moving; throws what stopped the transfer before that.
     */
    void awaitFirstByte(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (bytesMoved() == 0) {
            if (!thread.isAlive()) {
                stop();
                throw new IllegalStateException("the transfer ended before moving a byte");
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the transfer moved no byte in " + timeout.toSeconds() + " s");
            }
            Thread.sleep(10);
        }
    }

    /** Bytes sent or received so far, the transfer under way included. */
    long bytesMoved() {
        return finishedBytes.get() + currentBytes.get();
    }

    private void loop() {
        TransferListener counting = (done, total) -> currentBytes.set(done);
        FileInfo file = stored;
        try {
            while (!stopping) {
                if (direction != Direction.DOWN) {
                    makeNew();
                    file = client.upload(source, source.getFileName().toString(), counting);
                    finished(uploads);
                }
                if (direction != Direction.UP && !stopping) {
                    Files.deleteIfExists(downloaded); // a file there would be taken for a download to resume
                    client.download(file.id(), downloaded, counting);
                    finished(downloads);
                }
            }
        } catch (IOException | RuntimeException e) {
            failure = e;
        }
    }

    private void finished(AtomicLong transfers) {
        transfers.incrementAndGet();
        finishedBytes.addAndGet(size);
        currentBytes.set(0);
    }

    /**
     * The client shares the server's disk here, unlike a real one: the gigabytes it left to the kernel to write
     * back would stall the database's commits in the next phase measured.
     */
    static void forceToDisk(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(false);
        }
    }

    private void makeNew() throws IOException {
        try (FileChannel file = FileChannel.open(source, StandardOpenOption.WRITE)) {
            byte[] first = new byte[(int) Math.min(Long.BYTES, size)];
            ThreadLocalRandom.current().nextBytes(first);
            file.write(ByteBuffer.wrap(first), 0);
        }
    }

    /**
     * Lets the transfer under way finish and the client's files reach the disk, then says how many went each way;
     * throws what stopped one early.
     */
    Report stop() throws Exception {
        stopping = true;
        thread.join();
        if (failure != null) {
            throw failure;
        }
        forceToDisk(source);
        if (Files.exists(downloaded)) {
            forceToDisk(downloaded);
        }
        return new Report().put("uploads", uploads.get()).put("downloads", downloads.get());
    }
}
