package messenger.handlers.spi;

import java.time.Duration;
import java.util.Optional;

/** Limits that every server of a cluster counts together (see docs/cluster.md). */
public interface SharedLimits {

    /**
     * Takes a token from the bucket {@code key} that all servers share: one token comes back every
     * {@code interval}, up to {@code burst}. The wait until the next token when there is none, {@link Duration#ZERO}
     * when one was taken; empty when the server runs alone or the cluster cannot be asked now, and the caller
     * counts on this server alone.
     */
    Optional<Duration> take(String key, Duration interval, int burst);
}
