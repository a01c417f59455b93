package messenger.server.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import messenger.handlers.spi.SharedLimits;

/**
 * Token buckets in Redis, shared by the servers of a cluster. Asked on a worker thread and waited for briefly;
 * when Redis does not answer in time the caller counts on its own server, so an outage never refuses a request.
 */
@ApplicationScoped
public class RedisLimits implements SharedLimits {

    private static final long ASK_TIMEOUT_MILLIS = 250;

    @Inject
    LogFanOut fanOut;

    @Override
    public Optional<Duration> take(String key, Duration interval, int burst) {
        RedisLink link = fanOut.link();
        if (link == null || !link.reachable()) {
            return Optional.empty();
        }
        try {
            long waitMillis = link.takeToken(key, interval.toMillis(), burst).toCompletionStage().toCompletableFuture()
                    .get(ASK_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
            return Optional.of(Duration.ofMillis(waitMillis));
        } catch (ExecutionException | TimeoutException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
