package messenger.handlers.file;

import com.google.gson.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

/**
 * Checks size and SHA-256 of the stored chunks and makes the file readable; a mismatch discards the upload.
 * Finishing an already finished upload again returns the same file, so a client may retry after a lost reply.
 */
@ApplicationScoped
@Handles(type = Requests.UploadFinish.TYPE)
public class UploadFinishHandler implements RequestHandler {

    @Inject
    UploadDigests digests;

    @Inject
    FileStores stores;

    @Override
    public Reply handle(Request request, Session session) {
        long uploadId = Fields.requiredId(request.body(Requests.UploadFinish.class).uploadId(), "uploadId");
        FileEntity file = Uploads.lockOwn(uploadId, session.requireIdentity().userId());
        if (file.status == FileStatus.COMPLETE) {
            return Reply.of(new Results.File(file.toInfo()));
        }
        if (file.received != file.size || !sha256(file).equals(file.sha256)) {
            String found = file.received + " of " + file.size + " bytes";
            file.status = FileStatus.DISCARDED;
            digests.forget(file.id);
            throw new RequestException(ErrorCode.CHECKSUM_MISMATCH,
                    "the uploaded bytes (" + found + ") do not match the declared size and SHA-256;"
                            + " the upload was discarded",
                    new JsonObject(), true);
        }
        file.status = FileStatus.COMPLETE;
        file.completedAt = Instant.now();
        return Reply.of(new Results.File(file.toInfo()));
    }

    private String sha256(FileEntity file) {
        return digests.finish(file.id, file.size).orElseGet(() -> stores.of(file).sha256(file.id, file.size));
    }
}
