package messenger.handlers.file;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;
import messenger.handlers.spi.DeferredRequestHandler;
import messenger.handlers.spi.Fields;
import messenger.handlers.spi.Handles;
import messenger.handlers.spi.Reply;
import messenger.handlers.spi.Request;
import messenger.handlers.spi.Runs;
import messenger.handlers.spi.Session;
import messenger.protocol.Requests;

/**
 * Appends the payload to an upload; chunks must arrive in order, each starting where the last ended. Deferred, so
 * that the chunks a client pipelines are stored in one group ({@link UploadAppender}).
 */
@ApplicationScoped
@Handles(type = Requests.UploadChunk.TYPE, runs = Runs.DEFERRED)
public class UploadChunkHandler implements DeferredRequestHandler {

    @Inject
    UploadAppender appender;

    @Override
    public CompletionStage<Reply> handleDeferred(Request request, Session session) {
        Requests.UploadChunk body = request.body(Requests.UploadChunk.class);
        long uploadId = Fields.requiredId(body.uploadId(), "uploadId");
        long offset = Fields.nonNegative(body.offset(), "offset");
        byte[] bytes = request.payload();
        if (bytes.length == 0) {
            throw Fields.badRequest("a chunk carries its bytes as the frame payload, and this one is empty");
        }
        return appender.append(uploadId, session.requireIdentity().userId(), offset, bytes);
    }
}
