package messenger.server.cluster;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The {@code messenger.cluster.*} settings: several servers on one database, rung together through Redis. */
@ConfigMapping(prefix = "messenger.cluster")
public interface ClusterConfig {

    /** {@code redis://host:port} of the Redis the servers ring each other through; unset: one server alone. */
    Optional<String> redis();

    /**
     * How often a server of a cluster reads the log from the database when nothing rang: the most a lost
     * notification, or Redis being down, delays a message from another server.
     */
    @WithDefault("1s")
    Duration pollInterval();
}
