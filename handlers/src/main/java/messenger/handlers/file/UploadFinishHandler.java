package messenger.handlers.file;

import com.google.gson.JsonObject;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import messenger.handlers.spi.Fields;
import messenger.handlers.spi.Handles;
import messenger.handlers.spi.Reply;
import messenger.handlers.spi.Request;
import messenger.handlers.spi.RequestException;
import messenger.handlers.spi.RequestHandler;
import messenger.handlers.spi.Runs;
import messenger.handlers.spi.Session;
import messenger.protocol.ErrorCode;
import messenger.protocol.FileInfo;
import messenger.protocol.Requests;
import messenger.protocol.Results;

/**
 * Checks size and SHA-256 of the stored chunks and makes the file readable; a mismatch discards the upload.
 * Finishing an already finished upload again returns the same file, so a client may retry after a lost reply.
 *
 * <p>The SHA-256 is usually the one {@link UploadDigests} kept as the chunks were stored. Without it (the server
 * restarted during the upload, or the upload went on at another server of a cluster) the whole file is read back,
 * which may take minutes: outside the upload's row lock and any transaction, hence {@link Runs#OWN_TRANSACTIONS}.
 * Bytes received up to the declared size no longer change, so the hash still holds when the upload is locked again
 * to finish it. A client that stopped waiting asks again; its request waits for the reading already under way
 * rather than starting another, and the first request finishes the upload even when its client has gone.
 */
@ApplicationScoped
@Handles(type = Requests.UploadFinish.TYPE, runs = Runs.OWN_TRANSACTIONS)
public class UploadFinishHandler implements RequestHandler {

    @Inject
    UploadDigests digests;

    @Inject
    FileStores stores;

    /** The uploads being read back to hash them, one reading each; as many as requests wait for them. */
    private final Map<Long, CompletableFuture<String>> readingBack = new ConcurrentHashMap<>();

    /** What finishing found, under the upload's row lock. */
    private sealed interface Outcome {
    }

    private record Finished(FileInfo file) implements Outcome {
    }

    private record Mismatch(long received, long size) implements Outcome {
    }

    private record Unhashed(String store, long size) implements Outcome {
    }

    @Override
    public Reply handle(Request request, Session session) {
        long uploadId = Fields.requiredId(request.body(Requests.UploadFinish.class).uploadId(), "uploadId");
        long userId = session.requireIdentity().userId();
        Outcome outcome = QuarkusTransaction.requiringNew().call(() -> finishIfHashed(Uploads.lockOwn(uploadId, userId)));
        if (outcome instanceof Unhashed unhashed) {
            String sha256 = readBack(uploadId, unhashed);
            outcome = QuarkusTransaction.requiringNew().call(() -> finish(Uploads.lockOwn(uploadId, userId), sha256));
        }
        if (outcome instanceof Mismatch mismatch) {
            throw new RequestException(ErrorCode.CHECKSUM_MISMATCH,
                    "the uploaded bytes (" + mismatch.received() + " of " + mismatch.size() + " bytes) do not match"
                            + " the declared size and SHA-256; the upload was discarded",
                    new JsonObject(), false);
        }
        return Reply.of(new Results.File(((Finished) outcome).file()));
    }

    private Outcome finishIfHashed(FileEntity file) {
        if (file.status == FileStatus.COMPLETE) {
            return new Finished(file.toInfo());
        }
        if (file.received != file.size) {
            return discard(file);
        }
        Optional<String> hashed = digests.finish(file.id, file.size);
        if (hashed.isPresent()) {
            return finish(file, hashed.get());
        }
        file.updatedAt = Instant.now(); // not idle: the expiry leaves it alone while it is read back
        return new Unhashed(file.store, file.size);
    }

    /** The SHA-256 of the whole upload, read back by this request or by the one already reading it. */
    private String readBack(long uploadId, Unhashed upload) {
        CompletableFuture<String> mine = new CompletableFuture<>();
        CompletableFuture<String> underWay = readingBack.putIfAbsent(uploadId, mine);
        if (underWay == null) {
            try {
                mine.complete(stores.named(upload.store()).sha256(uploadId, upload.size()));
            } catch (RuntimeException | Error e) {
                mine.completeExceptionally(e);
            } finally {
                readingBack.remove(uploadId, mine);
            }
        }
        try {
            return (underWay == null ? mine : underWay).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Finishes the locked upload, unless another connection of the user did meanwhile, or its bytes do not match. */
    private Outcome finish(FileEntity file, String sha256) {
        if (file.status == FileStatus.COMPLETE) {
            return new Finished(file.toInfo());
        }
        if (!sha256.equals(file.sha256)) {
            return discard(file);
        }
        file.status = FileStatus.COMPLETE;
        file.completedAt = Instant.now();
        return new Finished(file.toInfo());
    }

    private Outcome discard(FileEntity file) {
        file.status = FileStatus.DISCARDED;
        digests.forget(file.id);
        return new Mismatch(file.received, file.size);
    }
}
