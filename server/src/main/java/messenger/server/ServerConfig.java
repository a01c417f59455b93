package messenger.server;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.Optional;
import messenger.protocol.FrameLimits;

/**
 * The {@code messenger.*} settings of the transport: listener, TLS, frame limits, workers, queues, timeouts.
 * Each key can also be set as an environment variable (MESSENGER_PORT, …). Those the handlers use are
 * {@link messenger.handlers.HandlerConfig}'s.
 */
@ConfigMapping(prefix = "messenger")
public interface ServerConfig {

    /** TCP port of the listener; 0 picks a free port (tests). */
    @WithDefault("7777")
    int port();

    @WithDefault("0.0.0.0")
    String host();

    /**
     * Where the embedded database keeps its files when no datasource URL is configured. The database starts
     * before Quarkus, so the server reads this key from {@code -Dmessenger.data-dir} or
     * {@code MESSENGER_DATA_DIR} only; it is declared here so that setting it is not an unknown key.
     */
    @WithDefault("./data")
    String dataDir();

    @WithDefault("" + FrameLimits.DEFAULT_MAX_HEADER)
    int maxHeader();

    @WithDefault("" + FrameLimits.DEFAULT_MAX_PAYLOAD)
    int maxPayload();

    /** Threads that run handlers (requests of one connection still run one at a time, in order). */
    @WithDefault("64")
    int workerThreads();

    /** Requests of one connection queued before the server stops reading from it. */
    @WithDefault("16")
    int maxQueuedRequests();

    /** Bytes waiting to be written to one connection before pushes to it are given up and it is closed. */
    @WithDefault("8388608")
    int maxWriteQueueBytes();

    /** A connection that has not authenticated after this long is closed. */
    @WithDefault("10s")
    Duration authTimeout();

    /** A connection with no traffic either way for this long is closed; clients ping to stay connected. */
    @WithDefault("5m")
    Duration idleTimeout();

    /** Connections from one address that may be open without being authenticated. */
    @WithDefault("64")
    int maxUnauthenticatedPerAddress();

    /** How long a shutdown waits for the requests in flight before closing connections anyway. */
    @WithDefault("10s")
    Duration shutdownTimeout();

    /**
     * Whether every connection starts with a PROXY protocol header (version 1 or 2, as HAProxy's {@code send-proxy}
     * and {@code send-proxy-v2} write) naming the client's address, which the per-address limits then count. Only
     * for a listener that clients reach through the proxy alone: a connection without the header is closed.
     */
    @WithDefault("false")
    boolean proxyProtocol();

    /** PEM certificate chain; with {@link #tlsKey()} it turns on TLS for the listener. */
    @WithName("tls.cert")
    Optional<String> tlsCert();

    /** PEM private key (PKCS#8) of {@link #tlsCert()}. */
    @WithName("tls.key")
    Optional<String> tlsKey();

    default FrameLimits frameLimits() {
        return new FrameLimits(maxHeader(), maxPayload());
    }
}
