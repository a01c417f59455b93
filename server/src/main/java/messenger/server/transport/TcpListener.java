package messenger.server.transport;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.NetServer;
import io.vertx.core.net.NetServerOptions;
import io.vertx.core.net.PemKeyCertOptions;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import messenger.protocol.Frame;
import messenger.protocol.FrameCodec;
import messenger.protocol.Json;
import messenger.protocol.Pushes;
import messenger.server.ServerConfig;
import messenger.server.dispatch.Dispatcher;
import messenger.server.hub.SubscriberHub;
import messenger.server.metrics.ServerMetrics;
import org.jboss.logging.Logger;

/** The raw TCP listener, on the Quarkus-managed Vert.x: opened at start-up, closed at shutdown. */
@ApplicationScoped
public class TcpListener {

    private static final Logger LOG = Logger.getLogger(TcpListener.class);
    private static final long BIND_TIMEOUT_SECONDS = 30;
    private static final int SHUTDOWN_FIRST = 100;
    private static final int SHARED_RANDOM_PORT = -1;
    private static final Buffer SHUTDOWN_NOTICE = Buffer.buffer(FrameCodec.encode(new Frame(Json.object(
            Pushes.Shutdown.TYPE, new Pushes.Shutdown("the server is shutting down; reconnect in a moment")))));

    @Inject
    Vertx vertx;

    @Inject
    ServerConfig config;

    @Inject
    Dispatcher dispatcher;

    @Inject
    SubscriberHub hub;

    @Inject
    ConnectionRegistry registry;

    @Inject
    UnauthenticatedConnections unauthenticated;

    @Inject
    WorkerPool workers;

    @Inject
    ServerMetrics metrics;

    private final List<NetServer> servers = new CopyOnWriteArrayList<>();
    private String deployment;
    private volatile boolean accepting;

    void onStart(@Observes StartupEvent event) throws Exception {
        ConnectionServices services = new ConnectionServices(config, config.frameLimits(), dispatcher, hub, registry,
                unauthenticated, workers, metrics);
        NetServerOptions options = new NetServerOptions()
                .setHost(config.host())
                // port 0 ("any free port") spelled as Vert.x's shared random port, so every listener binds the same one
                .setPort(config.port() == 0 ? SHARED_RANDOM_PORT : config.port())
                .setTcpNoDelay(true)
                .setUseProxyProtocol(config.proxyProtocol())
                .setIdleTimeout(Math.toIntExact(config.idleTimeout().toMillis()))
                .setIdleTimeoutUnit(TimeUnit.MILLISECONDS);
        configureTls(options);
        // one listener per event loop: Vert.x hands the connections of a shared port to them in turn, so framing,
        // TLS and pushes use every core (a single listener would put every connection on one thread)
        deployment = vertx.deployVerticle(() -> new ListenerVerticle(options, services),
                        new DeploymentOptions().setInstances(Runtime.getRuntime().availableProcessors()))
                .toCompletionStage().toCompletableFuture().get(BIND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Set<Integer> ports = servers.stream().map(NetServer::actualPort).collect(Collectors.toSet());
        if (ports.size() != 1) {
            throw new IllegalStateException("the listeners were bound to different ports: " + ports);
        }
        accepting = true;
        LOG.infof("messenger listening on %s:%d (%d event loops)", config.host(), port(), servers.size());
    }

    /** Listens on the shared port from its own event loop; its connections live on that loop. */
    private final class ListenerVerticle extends AbstractVerticle {

        private final NetServerOptions options;
        private final ConnectionServices services;

        ListenerVerticle(NetServerOptions options, ConnectionServices services) {
            this.options = options;
            this.services = services;
        }

        @Override
        public void start(Promise<Void> started) {
            NetServer server = vertx.createNetServer(options).connectHandler(socket -> {
                if (accepting) {
                    new Connection(socket, context, services).start();
                } else {
                    socket.end(SHUTDOWN_NOTICE);
                }
            });
            servers.add(server);
            server.listen().<Void>mapEmpty().onComplete(started);
        }
    }

    private void configureTls(NetServerOptions options) {
        if (config.tlsCert().isEmpty() && config.tlsKey().isEmpty()) {
            return;
        }
        if (config.tlsCert().isEmpty() || config.tlsKey().isEmpty()) {
            throw new IllegalStateException("TLS needs both messenger.tls.cert and messenger.tls.key");
        }
        options.setSsl(true).setKeyCertOptions(new PemKeyCertOptions()
                .setCertPath(config.tlsCert().get())
                .setKeyPath(config.tlsKey().get()));
        LOG.infof("TLS on, certificate %s", config.tlsCert().get());
    }

    /**
     * Graceful shutdown, before anything else stops: refuse new connections, let every connection finish the
     * requests it has queued, tell it to reconnect later, close it, and only then close the listener.
     */
    void onStop(@Observes @Priority(SHUTDOWN_FIRST) ShutdownEvent event) throws Exception {
        if (deployment == null) {
            return;
        }
        accepting = false;
        List<Connection> connections = registry.openNow();
        try {
            registry.drainAll(SHUTDOWN_NOTICE).get(config.shutdownTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.warnf("connections still busy after %s; closing them", config.shutdownTimeout());
        }
        vertx.undeploy(deployment).toCompletionStage().toCompletableFuture().get(BIND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        awaitQueuedRequests(connections);
    }

    /**
     * The connections still busy after the drain may have requests queued (waiting for room in a write queue that a
     * stalled reader never empties, behind a download it does not read). They are cut off here, not left to the
     * closing of Vert.x, which comes after the beans are gone: their queued requests then run at once, skipped
     * when they only read, answered into the closed socket otherwise, and this waits for them. Otherwise each
     * logged an ERROR after shutdown ({@code ShutdownIT}, with a stalled download).
     */
    private void awaitQueuedRequests(List<Connection> connections) throws Exception {
        connections.forEach(Connection::cutOff);
        try {
            CompletableFuture.allOf(connections.stream().map(Connection::requestsDone)
                    .toArray(CompletableFuture[]::new)).get(config.shutdownTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.warnf("requests of closed connections still running after another %s; stopping anyway",
                    config.shutdownTimeout());
        }
    }

    public boolean isAccepting() {
        return accepting;
    }

    /** The bound port (useful when {@code messenger.port} is 0). */
    public int port() {
        return servers.get(0).actualPort();
    }
}
