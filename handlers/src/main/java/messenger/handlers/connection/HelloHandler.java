package messenger.handlers.connection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import messenger.handlers.HandlerConfig;
import messenger.handlers.spi.Fields;
import messenger.handlers.spi.Handles;
import messenger.handlers.spi.Reply;
import messenger.handlers.spi.Request;
import messenger.handlers.spi.RequestHandler;
import messenger.handlers.spi.Session;
import messenger.protocol.FrameLimits;
import messenger.protocol.ProtocolRules;
import messenger.protocol.Requests;
import messenger.protocol.Results;

/** Announces the protocol version and the frame limits of this server. */
@ApplicationScoped
@Handles(type = Requests.Hello.TYPE, openBeforeSignIn = true)
public class HelloHandler implements RequestHandler {

    @Inject
    HandlerConfig config;

    @Override
    public Reply handle(Request request, Session session) {
        Integer protocol = request.body(Requests.Hello.class).protocol();
        if (protocol != null && protocol != ProtocolRules.VERSION) {
            throw Fields.badRequest("\"protocol\" " + protocol + " is not supported; this server speaks "
                    + ProtocolRules.VERSION);
        }
        FrameLimits limits = session.limits();
        return Reply.of(new Results.Hello(ProtocolRules.VERSION, config.serverName().orElse("messenger"),
                limits.maxHeader(), limits.maxPayload()));
    }
}
