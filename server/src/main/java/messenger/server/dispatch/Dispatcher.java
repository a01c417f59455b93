package messenger.server.dispatch;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import messenger.handlers.account.AccountSession;
import messenger.handlers.spi.Reply;
import messenger.handlers.spi.Request;
import messenger.handlers.spi.RequestException;
import messenger.handlers.spi.Runs;
import messenger.protocol.ErrorCode;
import messenger.protocol.Frame;
import messenger.server.metrics.ServerMetrics;

/**
 * Turns one request frame into exactly one reply frame: checks the id, enforces the pre-sign-in allow-list
 * (which also keeps strangers from probing which types exist), finds the handler and runs it with the session
 * its declaration allows (signing in only for account handlers); every failure becomes an {@code error} reply.
 */
@Singleton
public class Dispatcher {

    private static final String UNKNOWN_TYPE_LABEL = "unknown";
    private static final int ECHOED_TYPE_MAX = 64;

    @Inject
    HandlerRegistry handlers;

    @Inject
    HandlerInvoker invoker;

    @Inject
    ServerMetrics metrics;

    /** Whether this request may start while earlier requests of its connection still wait for their reply. */
    public boolean isDeferred(Frame frame) {
        return handlers.find(frame.type()).filter(route -> route.runs() == Runs.DEFERRED).isPresent();
    }

    /**
     * Whether this request still runs when its connection has closed before it started (see {@link Runs}); an
     * unknown type does, to be answered as one.
     */
    public boolean runsOnceClosed(Frame frame) {
        return handlers.find(frame.type()).map(route -> route.runs().runsOnceClosed()).orElse(true);
    }

    /** The reply; it never completes exceptionally. For a deferred request it completes later, on another thread. */
    public CompletableFuture<ReplyFrame> dispatch(Frame frame, AccountSession session) {
        long start = System.nanoTime();
        Optional<Route> route = handlers.find(frame.type());
        String knownType = route.isPresent() ? frame.type() : UNKNOWN_TYPE_LABEL;
        RequestLogContext context = RequestLogContext.of(session, knownType);
        return context.around(() -> {
            CompletableFuture<ReplyFrame> reply;
            try {
                reply = answer(frame, route, session, context);
            } catch (RuntimeException unexpected) {
                reply = CompletableFuture.failedFuture(unexpected);
            }
            return reply.thenApply(answer -> {
                boolean failed = "error".equals(answer.type());
                metrics.request(knownType, System.nanoTime() - start,
                        failed ? ErrorCode.parse(answer.header().get("code").getAsString()) : null);
                metrics.payload("in", knownType, frame.payload().length);
                metrics.payload("out", knownType, (int) answer.payload().length());
                return answer;
            }).exceptionally(failure -> context.around(() -> internalError(frame, context.connection(), failure)));
        });
    }

    private CompletableFuture<ReplyFrame> answer(Frame frame, Optional<Route> route, AccountSession session,
            RequestLogContext context) {
        Optional<Long> id = requestId(frame.header().get("id"));
        if (id.isEmpty()) {
            return CompletableFuture.completedFuture(ReplyFrame.of(Replies.error(null, ErrorCode.BAD_REQUEST,
                    "every request needs an integer \"id\" of at least 1")));
        }
        String type = frame.type();
        if (session.identity().isEmpty() && !handlers.openBeforeSignIn().contains(type)) {
            return CompletableFuture.completedFuture(ReplyFrame.of(Replies.error(id.get(), ErrorCode.UNAUTHENTICATED,
                    quoted(type) + " needs an authenticated connection: login or resume first")));
        }
        if (route.isEmpty()) {
            return CompletableFuture.completedFuture(ReplyFrame.of(
                    Replies.error(id.get(), ErrorCode.UNKNOWN_TYPE, "unknown request type " + quoted(type))));
        }
        CompletionStage<Reply> reply;
        try {
            reply = invoker.invoke(route.get(), new Request(id.get(), type, frame.header(), frame.payload()),
                    route.get().signsIn() ? session : new OrdinarySession(session));
        } catch (Throwable failure) {
            reply = CompletableFuture.failedFuture(failure);
        }
        return reply.toCompletableFuture().handle((ok, failure) -> context.around(() -> {
            if (failure == null) {
                return Replies.ok(id.get(), ok);
            }
            RequestException error = ErrorMapper.toRequestException(failure, type, context.connection());
            return ReplyFrame.of(Replies.error(id.get(), error.code(), error.getMessage(), error.extraFields()));
        }));
    }

    /** The answer to a failure outside any handler (a bug): logged here, {@code INTERNAL} to the client. */
    private static ReplyFrame internalError(Frame frame, long connectionId, Throwable failure) {
        RequestException error = ErrorMapper.toRequestException(failure, frame.type(), connectionId);
        return ReplyFrame.of(
                Replies.error(requestId(frame.header().get("id")).orElse(null), error.code(), error.getMessage()));
    }

    /**
     * The type as sent, for an error message: cut short, so that the reply stays within the header limit
     * whatever the client sent (a type can be almost as long as its frame's header).
     */
    private static String quoted(String type) {
        return type.codePointCount(0, type.length()) <= ECHOED_TYPE_MAX
                ? "\"" + type + "\""
                : "\"" + type.substring(0, type.offsetByCodePoints(0, ECHOED_TYPE_MAX)) + "…\"";
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
