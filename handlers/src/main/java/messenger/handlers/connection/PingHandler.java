package messenger.handlers.connection;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import messenger.handlers.spi.Handles;
import messenger.handlers.spi.Reply;
import messenger.handlers.spi.Request;
import messenger.handlers.spi.RequestHandler;
import messenger.handlers.spi.Session;
import messenger.protocol.Requests;
import messenger.protocol.Results;
import messenger.protocol.Timestamps;

@ApplicationScoped
@Handles(type = Requests.Ping.TYPE, openBeforeSignIn = true)
public class PingHandler implements RequestHandler {

    @Override
    public Reply handle(Request request, Session session) {
        return Reply.of(new Results.Pong(Timestamps.format(Instant.now())));
    }
}
