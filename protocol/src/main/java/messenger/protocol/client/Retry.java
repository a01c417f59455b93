package messenger.protocol.client;

import com.google.gson.JsonElement;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.SSLHandshakeException;
import messenger.protocol.ErrorCode;

/**
 * Which failures are worth trying again, and after how long: the one answer the desktop client, the CLI and file
 * transfers all use. A lost or refused connection, {@code UNAVAILABLE} and {@code BAD_OFFSET} (an upload chunk of a
 * dropped connection committed after {@code upload.start} named the offset: ask again) wait by the
 * {@link ReconnectPolicy}; {@code RATE_LIMITED} waits the server's {@code retryAfter} when it gives one. Every other
 * refusal is final: sending the same request again would get the same answer; so is a certificate the client does
 * not trust.
 */
public final class Retry {

    /**
     * {@code UNAVAILABLE} answers in a row after which a client leaves the server, when its address names others: the
     * server is up but cannot reach its database, which another server of a cluster may still reach. Not at the first,
     * so that a moment's contention (a lock wait that timed out) moves nobody, and never with nowhere else to go,
     * where reconnecting would only add handshakes to a server that already cannot serve.
     */
    public static final int UNAVAILABLE_BEFORE_LEAVING = 3;

    private Retry() {
    }

    /** Whether {@code refused}, the last of {@code inARow} such answers of {@code server}, is reason to leave it. */
    static boolean leave(MessengerClient server, MessengerException refused, int inARow) {
        return refused.code() == ErrorCode.UNAVAILABLE && inARow >= UNAVAILABLE_BEFORE_LEAVING
                && server != null && server.oneOfSeveralServers();
    }

    /**
     * The wait before attempt {@code attempt} (1 for the first retry) after {@code failure}, or empty when trying
     * again cannot help.
     */
    public static Optional<Duration> after(Throwable failure, int attempt, ReconnectPolicy policy) {
        if (failure instanceof SSLHandshakeException) {
            return Optional.empty();
        }
        if (failure instanceof ConnectionLostException || failure instanceof IOException) {
            return Optional.of(policy.delay(attempt));
        }
        if (failure instanceof MessengerException refused) {
            return switch (refused.code()) {
                case RATE_LIMITED -> Optional.of(retryAfter(refused).orElseGet(() -> policy.delay(attempt)));
                case UNAVAILABLE, BAD_OFFSET -> Optional.of(policy.delay(attempt));
                default -> Optional.empty();
            };
        }
        return Optional.empty();
    }

    /** The {@code retryAfter} (seconds) of a {@code RATE_LIMITED} reply, if it has one. */
    public static Optional<Duration> retryAfter(MessengerException refused) {
        if (refused.code() != ErrorCode.RATE_LIMITED || refused.header() == null) {
            return Optional.empty();
        }
        JsonElement seconds = refused.header().get("retryAfter");
        if (seconds == null || !seconds.isJsonPrimitive() || !seconds.getAsJsonPrimitive().isNumber()) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofMillis(Math.max(0, Math.round(seconds.getAsDouble() * 1000))));
    }
}
