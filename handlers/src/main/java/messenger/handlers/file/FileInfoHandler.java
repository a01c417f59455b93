package messenger.handlers.file;

import jakarta.enterprise.context.ApplicationScoped;
import messenger.handlers.spi.Fields;
import messenger.handlers.spi.Handles;
import messenger.handlers.spi.Reply;
import messenger.handlers.spi.Request;
import messenger.handlers.spi.RequestHandler;
import messenger.handlers.spi.Runs;
import messenger.handlers.spi.Session;
import messenger.protocol.Requests;
import messenger.protocol.Results;

@ApplicationScoped
@Handles(type = Requests.FileInfoRequest.TYPE, runs = Runs.READ_ONLY)
public class FileInfoHandler implements RequestHandler {

    @Override
    public Reply handle(Request request, Session session) {
        long fileId = Fields.requiredId(request.body(Requests.FileInfoRequest.class).fileId(), "fileId");
        return Reply.of(new Results.File(
                FileAccess.requireReadable(fileId, session.requireIdentity().userId()).toInfo()));
    }
}
