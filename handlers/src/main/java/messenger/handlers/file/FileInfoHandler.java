package messenger.handlers.file;

import jakarta.enterprise.context.ApplicationScoped;
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

@ApplicationScoped
@Handles(type = Requests.FileInfoRequest.TYPE, runs = Runs.READ_ONLY)
public class FileInfoHandler implements RequestHandler {

    @Override
    public Reply handle(Request request, Session session) {
        long fileId = Fields.requiredId(request.body(Requests.FileInfoRequest.class).fileId(), "fileId");
        return Reply.of(new Results.File(findComplete(fileId).toInfo()));
    }

    static FileEntity findComplete(long fileId) {
        FileEntity file = FileEntity.findById(fileId);
        if (file == null || file.status != FileStatus.COMPLETE) {
            throw new RequestException(ErrorCode.NOT_FOUND, "no file with id " + fileId);
        }
        return file;
    }
}
