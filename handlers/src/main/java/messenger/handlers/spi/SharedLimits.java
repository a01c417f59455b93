package messenger.handlers.spi;

import java.time.Duration;
import java.util.Optional;

/** Limits that every server of a cluster counts together (see docs/cluster.md). Called on worker threads. */
public interface SharedLimits {

    /**
     * Takes a token from the bucket {@code key} that all servers share: one token comes back every
     * {@code interval}, up to {@code burst}. The wait until the next token when there is none, {@link Duration#ZERO}
     * when one was taken; empty when the server runs alone or the cluster cannot be asked now, and the caller
     * counts on this server alone.
     */
    Optional<Duration> take(String key, Duration interval, int burst);

    /**
     * Counts a failed login of {@code key} on every server: after {@code freeAttempts} in a row each one makes the
     * key wait, 1 s, then 2 s, 4 s … up to {@code maxDelay}. False when the server runs alone or the cluster cannot
     * be asked now: the caller counts on this server alone.
     */
    boolean loginFailed(String key, int freeAttempts, Duration maxDelay);

    /** How long {@code key} must still wait after its failed logins, on every server; empty as for {@link #take}. */
    Optional<Duration> loginWait(String key);

    /** How many failed logins in a row {@code key} has on every server; empty as for {@link #take}. */
    Optional<Long> loginFailures(String key);

    /** Forgets the failed logins of {@code key} on every server; false as for {@link #loginFailed}. */
    boolean loginSucceeded(String key);

    /**
     * Holds {@code key} for {@code owner} on every server, for at most {@code lease}: true when taken, false when
     * another owner holds it; empty as for {@link #take}, and the caller holds it on this server alone.
     */
    Optional<Boolean> hold(String key, String owner, Duration lease);

    /** Lets go of {@code key} if {@code owner} still holds it. */
    void release(String key, String owner);
}
