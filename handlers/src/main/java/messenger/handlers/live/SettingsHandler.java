package messenger.handlers.live;

import jakarta.enterprise.context.ApplicationScoped;
import messenger.handlers.account.UserEntity;
import messenger.handlers.spi.Handles;
import messenger.handlers.spi.Reply;
import messenger.handlers.spi.Request;
import messenger.handlers.spi.RequestHandler;
import messenger.handlers.spi.Session;
import messenger.protocol.Requests;
import messenger.protocol.Results;

/** Reads the account's settings and changes those the request names; they hold for every device. */
@ApplicationScoped
@Handles(type = Requests.Settings.TYPE)
public class SettingsHandler implements RequestHandler {

    @Override
    public Reply handle(Request request, Session session) {
        Requests.Settings body = request.body(Requests.Settings.class);
        UserEntity user = UserEntity.findById(session.requireIdentity().userId());
        if (body.receipts() != null) {
            user.shareReceipts = body.receipts();
        }
        return Reply.of(new Results.Settings(user.shareReceipts));
    }
}
