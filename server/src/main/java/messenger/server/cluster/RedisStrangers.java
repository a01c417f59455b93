package messenger.server.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import messenger.server.ServerConfig;
import messenger.server.transport.StrangersAcrossServers;

/**
 * The connections waiting to sign in per address, across the servers: one sorted set per address in Redis, each
 * member a connection of one server, scored by the time its sign-in deadline has surely passed, so that those of
 * a server that died leave by themselves. A server alone, or one that cannot reach Redis, counts on its own.
 */
@ApplicationScoped
public class RedisStrangers implements StrangersAcrossServers {

    private static final String KEY = "messenger:strangers:";
    /** Beyond the sign-in deadline, for clocks and the close itself. */
    private static final long MARGIN_MILLIS = 1_000;

    /** KEYS[1]: the address's strangers; ARGV: this connection, how long it may wait (ms), the cap. */
    private static final String ADMIT = RedisLimits.NOW + """
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
            redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[1])
            if redis.call('ZCARD', KEYS[1]) > tonumber(ARGV[3]) then
              redis.call('ZREM', KEYS[1], ARGV[1])
              return 0
            end
            redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[2]))
            return 1
            """;

    @Inject
    LogFanOut fanOut;

    @Inject
    ServerConfig config;

    @Override
    public CompletionStage<Boolean> admit(String addressKey, long connection) {
        RedisLink link = fanOut.link();
        if (link == null || !link.reachable()) {
            return CompletableFuture.completedFuture(true);
        }
        long wait = config.authTimeout().toMillis() + MARGIN_MILLIS;
        return link.evalNumber(ADMIT, RedisKeys.hidden(KEY, addressKey), link.member(connection), wait,
                        config.maxUnauthenticatedPerAddress())
                .map(counted -> counted == 1)
                .otherwise(true)
                .toCompletionStage();
    }

    @Override
    public void release(String addressKey, long connection) {
        RedisLink link = fanOut.link();
        if (link != null && link.reachable()) {
            link.removeFromSet(RedisKeys.hidden(KEY, addressKey), link.member(connection));
        }
    }
}
