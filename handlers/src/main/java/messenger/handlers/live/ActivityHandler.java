package messenger.handlers.live;

import jakarta.enterprise.context.ApplicationScoped;
import messenger.handlers.spi.Fields;
import messenger.handlers.spi.Handles;
import messenger.handlers.spi.Reply;
import messenger.handlers.spi.Request;
import messenger.handlers.spi.RequestHandler;
import messenger.handlers.spi.Session;
import messenger.protocol.Requests;

/** Marks this connection idle or in use; the user's presence follows from all their connections. */
@ApplicationScoped
@Handles(type = Requests.Activity.TYPE)
public class ActivityHandler implements RequestHandler {

    @Override
    public Reply handle(Request request, Session session) {
        session.setIdle(Fields.required(request.body(Requests.Activity.class).idle(), "idle"));
        return Reply.ok();
    }
}
