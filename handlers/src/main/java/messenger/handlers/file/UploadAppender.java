package messenger.handlers.file;

import com.google.gson.JsonObject;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import messenger.handlers.RowLocks;
import messenger.handlers.spi.Reply;
import messenger.handlers.spi.RequestException;
import messenger.protocol.ErrorCode;
import messenger.protocol.Results;

/**
 * Group commit of {@code upload.chunk}s: the chunks of one upload that arrive while the previous ones are being
 * stored are stored together, with one row lock, one write of their bytes, one {@code force} and one commit, and
 * each is answered after that commit, as if it had been stored alone (the same checks in arrival order, the same
 * errors). So a client that keeps several chunks in flight pays for the disk and the database once per group,
 * not once per chunk, and nothing is acknowledged before it is durable.
 *
 * <p>Memory: the chunks waiting here are requests their connections have queued, which each connection bounds
 * ({@code messenger.max-queued-requests}). Threads: {@link #append} on any worker; each upload's groups are
 * stored one after another on the appender's threads, different uploads side by side; a group's bytes are hashed
 * on a thread of the hashing pool while the storing thread writes them, and the group commits once both are done.
 */
@ApplicationScoped
public class UploadAppender {

    /** Threads storing groups; each upload uses one at a time. */
    private static final int THREADS = 4;
    /** The most bytes stored in one group. */
    static final long MAX_GROUP_BYTES = 16L << 20;

    private record Chunk(long userId, long offset, byte[] bytes, CompletableFuture<Reply> reply) {
    }

    /** The chunks of one upload waiting to be stored, and whether a thread is storing that upload's chunks. */
    private static final class Lane {
        final ArrayDeque<Chunk> waiting = new ArrayDeque<>();
        boolean storing;
    }

    @Inject
    UploadDigests digests;

    @Inject
    TransactionSynchronizationRegistry transaction;

    @Inject
    FileStores stores;

    /** Guarded by itself. */
    private final Map<Long, Lane> lanes = new HashMap<>();
    private final ExecutorService threads = Executors.newFixedThreadPool(THREADS, new Named("upload-appender-"));
    /**
     * Hash a group's bytes while its storing thread writes them: the storing thread is what an upload waits for,
     * and taking the SHA-256 off it made uploads faster (docs/benchmarks.md, "Hashing beside the write").
     */
    private final ExecutorService hashing = Executors.newFixedThreadPool(THREADS, new Named("upload-sha256-"));

    /** Stores the chunk after the ones of the same upload that came before it; completes after its commit. */
    CompletionStage<Reply> append(long uploadId, long userId, long offset, byte[] bytes) {
        Chunk chunk = new Chunk(userId, offset, bytes, new CompletableFuture<>());
        boolean start;
        synchronized (lanes) {
            Lane lane = lanes.computeIfAbsent(uploadId, id -> new Lane());
            lane.waiting.add(chunk);
            start = !lane.storing;
            lane.storing = true;
        }
        if (start) {
            threads.execute(() -> drain(uploadId));
        }
        return chunk.reply();
    }

    private void drain(long uploadId) {
        while (true) {
            List<Chunk> group = new ArrayList<>();
            synchronized (lanes) {
                Lane lane = lanes.get(uploadId);
                long bytes = 0;
                while (!lane.waiting.isEmpty() && (group.isEmpty() || bytes + lane.waiting.peek().bytes().length
                        <= MAX_GROUP_BYTES)) {
                    Chunk next = lane.waiting.poll();
                    bytes += next.bytes().length;
                    group.add(next);
                }
                if (group.isEmpty()) {
                    lanes.remove(uploadId);
                    return;
                }
            }
            store(uploadId, group);
        }
    }

    private void store(long uploadId, List<Chunk> group) {
        List<Object> outcomes;
        try {
            outcomes = QuarkusTransaction.requiringNew().call(() -> storeInTransaction(uploadId, group));
        } catch (Throwable failure) {
            digests.forget(uploadId);
            group.forEach(chunk -> chunk.reply().completeExceptionally(failure));
            return;
        }
        for (int i = 0; i < group.size(); i++) {
            if (outcomes.get(i) instanceof RequestException error) {
                group.get(i).reply().completeExceptionally(error);
            } else {
                group.get(i).reply().complete((Reply) outcomes.get(i));
            }
        }
    }

    /** Each chunk's reply or error, checked in order as if each were alone; the accepted ones are stored. */
    private List<Object> storeInTransaction(long uploadId, List<Chunk> group) {
        FileEntity file = RowLocks.lockById(FileEntity.class, "files", uploadId);
        List<Object> outcomes = new ArrayList<>(group.size());
        List<byte[]> accepted = new ArrayList<>();
        long start = file == null ? 0 : file.received;
        long received = start;
        for (Chunk chunk : group) {
            RequestException refused = check(uploadId, file, chunk, received);
            if (refused != null) {
                outcomes.add(refused);
                continue;
            }
            accepted.add(chunk.bytes());
            received += chunk.bytes().length;
            outcomes.add(Reply.of(new Results.ChunkAccepted(received)));
        }
        if (!accepted.isEmpty()) {
            transaction.registerInterposedSynchronization(digests.forgetUnlessCommitted(file.id));
            CompletableFuture<Void> hashed = CompletableFuture.runAsync(() -> hash(file.id, start, accepted), hashing);
            try {
                FileStore store = stores.of(file);
                store.writeAll(file.id, start, accepted);
                if (received == file.size) {
                    store.doneWriting(file.id);
                }
            } catch (RuntimeException | Error e) {
                // the rollback forgets the digest: not before the hashing thread is done with it
                hashed.exceptionally(ignored -> null).join();
                throw e;
            }
            awaitHashed(hashed);
            file.received = received;
            file.updatedAt = Instant.now();
        }
        return outcomes;
    }

    private void hash(long fileId, long start, List<byte[]> accepted) {
        long offset = start;
        for (byte[] bytes : accepted) {
            digests.chunkStored(fileId, offset, bytes);
            offset += bytes.length;
        }
    }

    private static void awaitHashed(CompletableFuture<Void> hashed) {
        try {
            hashed.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static RequestException check(long uploadId, FileEntity file, Chunk chunk, long received) {
        if (file == null || file.owner.id != chunk.userId() || file.status == FileStatus.DISCARDED) {
            return new RequestException(ErrorCode.NOT_FOUND, "no upload with id " + uploadId);
        }
        if (file.status != FileStatus.UPLOADING) {
            return new RequestException(ErrorCode.NOT_FOUND, "upload " + uploadId + " is already finished");
        }
        if (chunk.offset() != received) {
            JsonObject expected = new JsonObject();
            expected.addProperty("expected", received);
            return new RequestException(ErrorCode.BAD_OFFSET,
                    "the next chunk must start at offset " + received, expected, false);
        }
        if (received + chunk.bytes().length > file.size) {
            return new RequestException(ErrorCode.TOO_LARGE,
                    "this chunk goes past the declared size of " + file.size + " bytes");
        }
        return null;
    }

    @PreDestroy
    void stop() throws InterruptedException {
        threads.shutdown();
        threads.awaitTermination(30, TimeUnit.SECONDS);
        hashing.shutdown();
    }

    private static final class Named implements java.util.concurrent.ThreadFactory {
        private final String prefix;
        private final AtomicInteger count = new AtomicInteger();

        Named(String prefix) {
            this.prefix = prefix;
        }

        @Override
        public Thread newThread(Runnable run) {
            Thread thread = new Thread(run, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
