package messenger.server.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import messenger.server.cluster.ClusterSearchIndex;
import messenger.server.cluster.LogFanOut;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
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

    @Inject
    ClusterSearchIndex searchIndex;

    @Override
    public HealthCheckResponse call() {
        Boolean reachable = fanOut.redisReachable();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("cluster").up()
                .withData("mode", reachable == null ? "single" : reachable ? "cluster" : "degraded");
        Boolean keepsIndex = searchIndex.keepsIndex();
        if (keepsIndex != null) {
            response.withData("searchIndex", keepsIndex ? "kept here" : "asked of another server");
        }
        return response.build();
    }
}
