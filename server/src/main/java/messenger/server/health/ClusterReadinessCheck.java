package messenger.server.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import messenger.server.cluster.LogFanOut;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * In a cluster, reports whether Redis answers. Without it the server still serves and reads the other servers'
 * messages by polling, so it stays ready: the check says "degraded" rather than taking the server out of a load
 * balancer.
 */
@Readiness
@ApplicationScoped
public class ClusterReadinessCheck implements HealthCheck {

    @Inject
    LogFanOut fanOut;

    @Override
    public HealthCheckResponse call() {
        Boolean reachable = fanOut.redisReachable();
        return HealthCheckResponse.named("cluster")
                .up()
                .withData("mode", reachable == null ? "single" : reachable ? "cluster" : "degraded")
                .build();
    }
}
