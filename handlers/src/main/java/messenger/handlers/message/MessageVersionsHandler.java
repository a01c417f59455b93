package messenger.handlers.message;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import messenger.handlers.spi.Fields;
import messenger.handlers.spi.Handles;
import messenger.handlers.spi.Reply;
import messenger.handlers.spi.Request;
import messenger.handlers.spi.RequestHandler;
import messenger.handlers.spi.Runs;
import messenger.handlers.spi.Session;
import messenger.protocol.Requests;
import messenger.protocol.Results;
import messenger.protocol.Timestamps;

/** The earlier texts of a message, oldest first, for the members of its conversation. */
@ApplicationScoped
@Handles(type = Requests.MessageVersions.TYPE, runs = Runs.READ_ONLY)
public class MessageVersionsHandler implements RequestHandler {

    @Override
    public Reply handle(Request request, Session session) {
        long message = Fields.requiredId(request.body(Requests.MessageVersions.class).message(), "message");
        VisibleMessages.require(message, session.requireIdentity().userId());
        List<MessageVersionEntity> versions = MessageVersionEntity.list("messageId = ?1 order by id", message);
        return Reply.of(new Results.Versions(versions.stream()
                .map(version -> new Results.Version(version.text, Timestamps.format(version.replacedAt))).toList()));
    }
}
