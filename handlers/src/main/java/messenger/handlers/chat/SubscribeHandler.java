package messenger.handlers.chat;

import jakarta.enterprise.context.ApplicationScoped;
import messenger.handlers.spi.Reply;
import messenger.handlers.spi.Request;
import messenger.handlers.spi.RequestHandler;
import messenger.handlers.spi.Session;
import messenger.protocol.Requests;

@ApplicationScoped
public class SubscribeHandler implements RequestHandler {

    @Override
    public String type() {
        return Requests.Subscribe.TYPE;
    }

    @Override
    public Reply handle(Request request, Session session) {
        session.subscribe();
        return Reply.ok();
    }
}
