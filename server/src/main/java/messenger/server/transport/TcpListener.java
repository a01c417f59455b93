package messenger.server.transport;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.core.net.NetServer;
import io.vertx.core.net.NetServerOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import messenger.handlers.MessengerConfig;
import messenger.server.dispatch.Dispatcher;
import messenger.server.hub.SubscriberHub;
import org.jboss.logging.Logger;

/** The raw TCP listener, on the Quarkus-managed Vert.x: opened at start-up, closed at shutdown. */
@ApplicationScoped
public class TcpListener {

    private static final Logger LOG = Logger.getLogger(TcpListener.class);
    private static final long BIND_TIMEOUT_SECONDS = 30;

    @Inject
    Vertx vertx;

    @Inject
    MessengerConfig config;

    @Inject
    Dispatcher dispatcher;

    @Inject
    SubscriberHub hub;

    @Inject
    ConnectionRegistry registry;

    @Inject
    WorkerPool workers;

    private NetServer server;

    void onStart(@Observes StartupEvent event) throws Exception {
        ConnectionServices services = new ConnectionServices(config, config.frameLimits(), dispatcher, hub, registry,
                workers);
        NetServerOptions options = new NetServerOptions()
                .setHost(config.host())
                .setPort(config.port())
                .setTcpNoDelay(true);
        server = vertx.createNetServer(options)
                .connectHandler(socket -> new Connection(socket, Vertx.currentContext(), services).start());
        server.listen().toCompletionStage().toCompletableFuture().get(BIND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        LOG.infof("messenger listening on %s:%d", config.host(), server.actualPort());
    }

    void onStop(@Observes ShutdownEvent event) throws Exception {
        if (server != null) {
            server.close().toCompletionStage().toCompletableFuture().get(BIND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        }
    }

    /** The bound port (useful when {@code messenger.port} is 0). */
    public int port() {
        return server.actualPort();
    }
}
