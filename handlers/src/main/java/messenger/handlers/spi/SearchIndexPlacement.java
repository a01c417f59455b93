package messenger.handlers.spi;

import java.util.concurrent.CompletableFuture;

/**
 * Where the search index is kept up to date: on a server alone, there; in a cluster, on one server, which the
 * others ask (see docs/cluster.md). Called on worker threads and the indexer's.
 */
public interface SearchIndexPlacement {

    /**
     * Whether this server keeps the index up to date now: when it runs alone, holds the cluster's lease on the
     * index, or cannot reach the others (each server then keeps its own).
     */
    boolean keptHere();

    /**
     * Sends {@code question} (JSON) to the server that keeps the index; completes with its answer (JSON), or fails
     * when no server keeps it now or its answer does not come in time.
     */
    CompletableFuture<String> askKeeper(String question);
}
