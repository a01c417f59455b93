package messenger.example;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.enterprise.context.ApplicationScoped;
import messenger.handlers.spi.Fields;
import messenger.handlers.spi.Handles;
import messenger.handlers.spi.Reply;
import messenger.handlers.spi.Request;
import messenger.handlers.spi.RequestHandler;
import messenger.handlers.spi.Session;

/** {@code echo}: returns its {@code text} and payload unchanged. The smallest complete request type. */
@ApplicationScoped
@Handles(type = "echo")
public class EchoHandler implements RequestHandler {

    @RegisterForReflection
    record Echo(String text) {
    }

    @Override
    public Reply handle(Request request, Session session) {
        String text = Fields.required(request.body(Echo.class).text(), "text");
        return Reply.of(new Echo(text), request.payload());
    }
}
