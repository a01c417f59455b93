package messenger.handlers.account;

import messenger.handlers.spi.Reply;
import messenger.handlers.spi.Request;
import messenger.handlers.spi.RequestHandler;
import messenger.handlers.spi.Session;

/**
 * A handler that signs its connection in or out. Its constructor is package-private, so only the handlers of
 * this package can be one; the dispatcher gives them an {@link AccountSession}, and every other handler a
 * {@link Session} that cannot sign in.
 */
public abstract class AccountHandler implements RequestHandler {

    AccountHandler() {
    }

    public abstract Reply handle(Request request, AccountSession session);

    @Override
    public Reply handle(Request request, Session session) {
        return handle(request, (AccountSession) session);
    }
}
