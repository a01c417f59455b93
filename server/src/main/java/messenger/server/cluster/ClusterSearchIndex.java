package messenger.server.cluster;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import messenger.handlers.search.IndexSearches;
import messenger.handlers.spi.SearchIndexPlacement;
import org.jboss.logging.Logger;

/**
 * One search index for the cluster: the server that holds a lease in Redis keeps its index up to date every second
 * and answers the others' searches, asked and answered on their {@code messenger:to:<server>} channels; the others
 * index only now and then (see {@code SearchIndexer}). The lease is renewed with the heartbeat and runs out
 * {@link #LEASE_MILLIS} after its holder stopped renewing it; a server that stops gives it back. While Redis does
 * not answer, each server keeps and searches its own index, as one server alone does. A keeper that no longer
 * listens on its channel is gone (killed, or cut off from Redis): the server that finds it so takes the lease at
 * once rather than when it runs out.
 */
@ApplicationScoped
public class ClusterSearchIndex implements SearchIndexPlacement {

    private static final Logger LOG = Logger.getLogger(ClusterSearchIndex.class);
    private static final String LEASE = "messenger:search:keeper";
    private static final long LEASE_MILLIS = 10_000;
    private static final long RENEW_EVERY_MILLIS = 3_000;
    private static final long ANSWER_TIMEOUT_MILLIS = 2_000;
    private static final long GIVE_BACK_TIMEOUT_MILLIS = 1_000;

    /**
     * KEYS[1]: the lease; ARGV: this server, the holder it may take the lease from (itself, to renew it), the
     * lease's length (ms). Answers who holds the lease now.
     */
    private static final String TAKE = """
            local keeper = redis.call('GET', KEYS[1])
            if not keeper or keeper == ARGV[2] then
              redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[3])
              return ARGV[1]
            end
            return keeper
            """;

    private static final String GIVE_BACK = """
            if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('DEL', KEYS[1]) end
            return ''
            """;

    @Inject
    LogFanOut fanOut;

    @Inject
    IndexSearches searches;

    @Inject
    Vertx vertx;

    /** The server that holds the lease, as Redis last said; null until it said. */
    private volatile String keeper;
    private final AtomicLong asked = new AtomicLong();
    /** Questions this server waits for answers to; each leaves when answered or after its timeout. */
    private final Map<Long, CompletableFuture<String>> waiting = new ConcurrentHashMap<>();
    private long renewer;

    void open(RedisLink link) {
        renew(link);
        renewer = vertx.setPeriodic(RENEW_EVERY_MILLIS, id -> renew(link));
    }

    /** Gives the lease back, so that another server takes over at its next renewal rather than after the lease. */
    void close(RedisLink link) {
        vertx.cancelTimer(renewer);
        if (RedisLink.await(link.evalString(GIVE_BACK, LEASE, link.origin()), GIVE_BACK_TIMEOUT_MILLIS).isEmpty()) {
            LOG.debug("search index lease not given back; it runs out by itself");
        }
    }

    /** In a cluster, whether this server keeps the search index; null for a server alone. */
    public Boolean keepsIndex() {
        return fanOut.link() == null ? null : keptHere();
    }

    @Override
    public boolean keptHere() {
        RedisLink link = fanOut.link();
        if (link == null || !link.reachable()) {
            return true;
        }
        String current = keeper;
        return current == null || current.equals(link.origin());
    }

    @Override
    public CompletableFuture<String> askKeeper(String question) {
        RedisLink link = fanOut.link();
        String current = keeper;
        if (link == null || current == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("no server keeps the search index"));
        }
        long id = asked.incrementAndGet();
        CompletableFuture<String> answer = new CompletableFuture<String>()
                .orTimeout(ANSWER_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
        waiting.put(id, answer);
        answer.whenComplete((answered, error) -> waiting.remove(id));
        JsonObject ask = new JsonObject();
        ask.addProperty("ask", id);
        ask.addProperty("from", link.origin());
        ask.addProperty("question", question);
        link.tell(current, ask.toString()).onComplete(told -> {
            if (told.failed()) {
                answer.completeExceptionally(told.cause());
            } else if (!told.result()) {
                // failed once the lease is settled, so that the asker knows whom to ask next, or that it is itself
                link.evalString(TAKE, LEASE, link.origin(), current, LEASE_MILLIS).onComplete(taken -> {
                    if (taken.succeeded()) {
                        learn(link, taken.result());
                    }
                    answer.completeExceptionally(new IllegalStateException("the server keeping the search index is gone"));
                });
            }
        });
        return answer;
    }

    /** What another server told this one: a question to answer from this server's index, or an answer. */
    void told(String payload) {
        JsonObject told = JsonParser.parseString(payload).getAsJsonObject();
        if (told.has("ask")) {
            answer(told);
        } else {
            CompletableFuture<String> answer = waiting.get(told.get("answered").getAsLong());
            if (answer == null) {
                return;
            }
            if (told.has("answer")) {
                answer.complete(told.get("answer").getAsString());
            } else {
                answer.completeExceptionally(new IllegalStateException(told.get("error").getAsString()));
            }
        }
    }

    private void answer(JsonObject ask) {
        RedisLink link = fanOut.link();
        if (link == null) {
            return;
        }
        JsonObject reply = new JsonObject();
        reply.add("answered", ask.get("ask"));
        vertx.executeBlocking(() -> searches.answer(ask.get("question").getAsString()), false)
                .onComplete(done -> {
                    if (done.succeeded()) {
                        reply.addProperty("answer", done.result());
                    } else {
                        LOG.warnf(done.cause(), "cannot answer a search of another server");
                        reply.addProperty("error", "the search failed on the server keeping the index");
                    }
                    link.tell(ask.get("from").getAsString(), reply.toString());
                });
    }

    private void renew(RedisLink link) {
        link.evalString(TAKE, LEASE, link.origin(), link.origin(), LEASE_MILLIS).onSuccess(holder -> learn(link, holder));
    }

    private synchronized void learn(RedisLink link, String holder) {
        if (!holder.equals(keeper)) {
            LOG.infof("cluster: the search index is kept by %s",
                    holder.equals(link.origin()) ? "this server" : "server " + holder);
        }
        keeper = holder;
    }
}
