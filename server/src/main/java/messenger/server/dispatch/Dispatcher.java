package messenger.server.dispatch;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.Optional;
import messenger.handlers.spi.Request;
import messenger.handlers.spi.RequestException;
import messenger.handlers.spi.RequestHandler;
import messenger.handlers.spi.Session;
import messenger.protocol.ErrorCode;
import messenger.protocol.Frame;

/**
 * Turns one request frame into exactly one reply frame: checks the id, finds the handler, enforces the
 * pre-authentication allow-list and runs the handler; every failure becomes an {@code error} reply.
 */
@Singleton
public class Dispatcher {

    @Inject
    HandlerRegistry handlers;

    @Inject
    HandlerInvoker invoker;

    public Frame dispatch(Frame frame, Session session) {
        Optional<Long> id = requestId(frame.header().get("id"));
        if (id.isEmpty()) {
            return Replies.error(null, ErrorCode.BAD_REQUEST, "every request needs an integer \"id\" of at least 1");
        }
        String type = frame.type();
        Optional<RequestHandler> handler = handlers.find(type);
        if (handler.isEmpty()) {
            return Replies.error(id.get(), ErrorCode.UNKNOWN_TYPE, "unknown request type \"" + type + "\"");
        }
        if (!handler.get().allowedBeforeLogin() && session.identity().isEmpty()) {
            return Replies.error(id.get(), ErrorCode.UNAUTHENTICATED,
                    "\"" + type + "\" needs an authenticated connection: login or resume first");
        }
        try {
            Request request = new Request(id.get(), type, frame.header(), frame.payload());
            return Replies.ok(id.get(), invoker.invoke(handler.get(), request, session));
        } catch (Throwable failure) {
            RequestException error = ErrorMapper.toRequestException(failure, type, session.connectionId());
            return Replies.error(id.get(), error.code(), error.getMessage(), error.extraFields());
        }
    }

    private static Optional<Long> requestId(JsonElement id) {
        if (id == null || !id.isJsonPrimitive() || !((JsonPrimitive) id).isNumber()) {
            return Optional.empty();
        }
        try {
            long value = new BigDecimal(id.getAsString()).longValueExact();
            return value >= 1 ? Optional.of(value) : Optional.empty();
        } catch (ArithmeticException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
