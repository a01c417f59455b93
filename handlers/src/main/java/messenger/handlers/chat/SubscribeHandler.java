package messenger.handlers.chat;

import jakarta.enterprise.context.ApplicationScoped;
import messenger.handlers.spi.Handles;
import messenger.handlers.spi.Reply;
import messenger.handlers.spi.Request;
import messenger.handlers.spi.RequestHandler;
import messenger.handlers.spi.Session;
import messenger.protocol.Requests;

@ApplicationScoped
@Handles(type = Requests.Subscribe.TYPE)
public class SubscribeHandler implements RequestHandler {

    @Override
    public Reply handle(Request request, Session session) {
        Requests.Subscribe body = request.body(Requests.Subscribe.class);
        session.subscribe(Boolean.TRUE.equals(body.all()));
        return Reply.ok();
    }
}
