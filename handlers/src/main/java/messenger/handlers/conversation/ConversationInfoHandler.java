package messenger.handlers.conversation;

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

/** One conversation of the user, as {@code conversations} lists it. */
@ApplicationScoped
@Handles(type = Requests.ConversationInfo.TYPE, runs = Runs.READ_ONLY)
public class ConversationInfoHandler implements RequestHandler {

    @Override
    public Reply handle(Request request, Session session) {
        long id = Fields.requiredId(request.body(Requests.ConversationInfo.class).conversation(), "conversation");
        long userId = session.requireIdentity().userId();
        MemberEntity mine = Memberships.requireMember(id, userId);
        return Reply.of(new Results.ConversationResult(ConversationViews.of(userId, mine)));
    }
}
