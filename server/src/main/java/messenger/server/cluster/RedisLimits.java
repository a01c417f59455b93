package messenger.server.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import messenger.handlers.spi.SharedLimits;

/**
 * Token buckets (the generic cell rate algorithm: a bucket is the time it is full again), failed-login counts and
 * holds in Redis, shared by the servers of a cluster, each changed by one Lua script, under key names that do not
 * show the login or address they count ({@link RedisKeys}). Asked on a worker thread and
 * waited for briefly; when Redis does not answer in time the caller counts on its own server, so an outage never
 * refuses a request.
 */
@ApplicationScoped
public class RedisLimits implements SharedLimits {

    private static final long ASK_TIMEOUT_MILLIS = 250;
    private static final String KEYS = "messenger:limits:";
    /** Redis's clock, so that every server counts time alike. */
    static final String NOW = """
            local time = redis.call('TIME')
            local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
            """;

    @Inject
    LogFanOut fanOut;

    /** KEYS[1]: the bucket; ARGV: interval between tokens, tolerance (interval × (burst − 1)), in milliseconds. */
    private static final String TAKE_TOKEN = NOW + """
            local full = tonumber(redis.call('GET', KEYS[1]) or now)
            if full < now then full = now end
            local allowedAt = full - tonumber(ARGV[2])
            if now < allowedAt then return allowedAt - now end
            local next = full + tonumber(ARGV[1])
            redis.call('SET', KEYS[1], next, 'PX', next - now + 1000)
            return 0
            """;

    /** KEYS[1]: the failures of a login or address; ARGV: failures before a wait, longest wait (ms). */
    private static final String LOGIN_FAILED = NOW + """
            local excess = redis.call('HINCRBY', KEYS[1], 'count', 1) - tonumber(ARGV[1]) + 1
            local delay = 0
            if excess > 30 then delay = tonumber(ARGV[2])
            elseif excess > 0 then delay = math.min(1000 * 2 ^ (excess - 1), tonumber(ARGV[2])) end
            redis.call('HSET', KEYS[1], 'until', now + delay)
            redis.call('PEXPIRE', KEYS[1], delay + tonumber(ARGV[2]))
            return delay
            """;

    /** KEYS[1]: what is held; ARGV: its owner, the longest hold (ms). */
    private static final String HOLD = """
            if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', tonumber(ARGV[2])) then return 1 end
            return 0
            """;

    /** KEYS[1]: what is held; ARGV: its owner. */
    private static final String RELEASE = """
            if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('DEL', KEYS[1]) end
            return 0
            """;

    private static final String LOGIN_WAIT = NOW + """
            local blockedUntil = tonumber(redis.call('HGET', KEYS[1], 'until') or 0)
            if blockedUntil > now then return blockedUntil - now end
            return 0
            """;

    @Override
    public Optional<Duration> take(String key, Duration interval, int burst) {
        return ask(TAKE_TOKEN, key, interval.toMillis(), interval.toMillis() * (burst - 1)).map(Duration::ofMillis);
    }

    @Override
    public boolean loginFailed(String key, int freeAttempts, Duration maxDelay) {
        return ask(LOGIN_FAILED, key, freeAttempts, maxDelay.toMillis()).isPresent();
    }

    @Override
    public Optional<Duration> loginWait(String key) {
        return ask(LOGIN_WAIT, key).map(Duration::ofMillis);
    }

    @Override
    public Optional<Long> loginFailures(String key) {
        return ask("return tonumber(redis.call('HGET', KEYS[1], 'count') or 0)", key);
    }

    @Override
    public boolean loginSucceeded(String key) {
        return ask("redis.call('DEL', KEYS[1]) return 0", key).isPresent();
    }

    @Override
    public Optional<Boolean> hold(String key, String owner, Duration lease) {
        return ask(HOLD, key, owner, lease.toMillis()).map(taken -> taken == 1);
    }

    @Override
    public void release(String key, String owner) {
        ask(RELEASE, key, owner);
    }

    /** Runs a script on one key and waits briefly for its number; empty without a cluster or an answer in time. */
    private Optional<Long> ask(String script, String key, Object... arguments) {
        RedisLink link = fanOut.link();
        if (link == null || !link.reachable()) {
            return Optional.empty();
        }
        return RedisLink.await(link.evalNumber(script, RedisKeys.hidden(KEYS, key), arguments), ASK_TIMEOUT_MILLIS);
    }
}
