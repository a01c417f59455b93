package messenger.handlers.file;

import com.google.gson.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import messenger.handlers.spi.Fields;
import messenger.handlers.spi.Handles;
import messenger.handlers.spi.Reply;
import messenger.handlers.spi.Request;
import messenger.handlers.spi.RequestException;
import messenger.handlers.spi.RequestHandler;
import messenger.handlers.spi.Runs;
import messenger.handlers.spi.Session;
import messenger.protocol.ErrorCode;
import messenger.protocol.Requests;
import messenger.protocol.Results;

/** Returns up to {@code length} bytes of a file from {@code offset} as the payload; clients may pipeline reads. */
@ApplicationScoped
@Handles(type = Requests.FileRead.TYPE, runs = Runs.READ_ONLY)
public class FileReadHandler implements RequestHandler {

    @Inject
    FileStores stores;

    @Override
    public Reply handle(Request request, Session session) {
        Requests.FileRead body = request.body(Requests.FileRead.class);
        long fileId = Fields.requiredId(body.fileId(), "fileId");
        long offset = Fields.nonNegative(body.offset(), "offset");
        int length = Fields.required(body.length(), "length");
        int maxPayload = session.limits().maxPayload();
        if (length < 1 || length > maxPayload) {
            throw Fields.badRequest("\"length\" must be between 1 and " + maxPayload);
        }
        FileEntity file = FileAccess.requireReadable(fileId, session.requireIdentity().userId());
        if (offset > file.size) {
            JsonObject expected = new JsonObject();
            expected.addProperty("expected", file.size);
            throw new RequestException(ErrorCode.BAD_OFFSET,
                    "offset " + offset + " is past the end of the file (" + file.size + " bytes)", expected, false);
        }
        int count = (int) Math.min(length, file.size - offset);
        Results.FileBytes result = new Results.FileBytes(offset, count, offset + count == file.size);
        // the filesystem store hands over an open file, sent from the disk after the header (docs/handlers.md)
        return Reply.of(result, stores.of(file).download(file.bytesId(), offset, count));
    }
}
