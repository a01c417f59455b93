package messenger.server.transport;

import java.util.concurrent.CompletionStage;

/**
 * Counts the connections waiting to sign in per address over every server of a cluster, so that the cap holds
 * for the cluster and not once per server. Each server admits or refuses a connection on its own count at once;
 * this only tells, a moment later, whether the cluster as a whole has room for it.
 */
public interface StrangersAcrossServers {

    /**
     * Completes with false when the connection would be one too many for its address across the servers (it is then
     * not counted); true when it is counted, or when no cluster or no answer in time says otherwise.
     */
    CompletionStage<Boolean> admit(String addressKey, long connection);

    /** The connection signed in or closed. */
    void release(String addressKey, long connection);
}
