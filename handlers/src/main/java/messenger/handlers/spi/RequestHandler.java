package messenger.handlers.spi;

/**
 * Handles one request type. Implementations are CDI beans ({@code @ApplicationScoped}) that declare their type
 * and rules with {@link Handles}; the server finds every bean of this type at start-up and routes frames of
 * that type to it. {@link #handle} runs off the event loop, in order with the other requests of the same
 * connection, as its {@link Runs} says. Failures are reported by throwing {@link RequestException}.
 */
public interface RequestHandler {

    Reply handle(Request request, Session session);
}
