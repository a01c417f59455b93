package messenger.handlers.file;

import com.google.gson.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import messenger.handlers.spi.Fields;
import messenger.handlers.spi.Handles;
import messenger.handlers.spi.Reply;
import messenger.handlers.spi.Request;
import messenger.handlers.spi.RequestException;
import messenger.handlers.spi.RequestHandler;
import messenger.handlers.spi.Session;
import messenger.protocol.ErrorCode;
import messenger.protocol.Requests;
import messenger.protocol.Results;

/** Appends the payload to an upload; chunks must arrive in order, each starting where the last ended. */
@ApplicationScoped
@Handles(type = Requests.UploadChunk.TYPE)
public class UploadChunkHandler implements RequestHandler {

    @Inject
    UploadDigests digests;

    @Inject
    TransactionSynchronizationRegistry transaction;

    @Inject
    FileStores stores;

    @Override
    public Reply handle(Request request, Session session) {
        Requests.UploadChunk body = request.body(Requests.UploadChunk.class);
        long uploadId = Fields.requiredId(body.uploadId(), "uploadId");
        long offset = Fields.nonNegative(body.offset(), "offset");
        byte[] bytes = request.payload();
        if (bytes.length == 0) {
            throw Fields.badRequest("a chunk carries its bytes as the frame payload, and this one is empty");
        }
        FileEntity file = Uploads.lockUnfinished(uploadId, session.requireIdentity().userId());
        if (offset != file.received) {
            JsonObject expected = new JsonObject();
            expected.addProperty("expected", file.received);
            throw new RequestException(ErrorCode.BAD_OFFSET,
                    "the next chunk must start at offset " + file.received, expected, false);
        }
        if (file.received + bytes.length > file.size) {
            throw new RequestException(ErrorCode.TOO_LARGE,
                    "this chunk goes past the declared size of " + file.size + " bytes");
        }
        stores.of(file).write(file.id, offset, bytes);
        digests.chunkStored(file.id, offset, bytes);
        transaction.registerInterposedSynchronization(digests.forgetUnlessCommitted(file.id));
        file.received += bytes.length;
        file.updatedAt = Instant.now();
        return Reply.of(new Results.ChunkAccepted(file.received));
    }
}
