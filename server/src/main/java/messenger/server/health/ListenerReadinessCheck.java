package messenger.server.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import messenger.server.transport.TcpListener;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the TCP listener is bound and not draining (the database has its own check). */
@Readiness
@ApplicationScoped
public class ListenerReadinessCheck implements HealthCheck {

    @Inject
    TcpListener listener;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("tcp-listener")
                .status(listener.isAccepting())
                .withData("port", listener.isAccepting() ? listener.port() : -1)
                .build();
    }
}
