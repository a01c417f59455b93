package messenger.server.cluster;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.List;
import java.util.Set;
import messenger.handlers.live.LastSeen;
import messenger.handlers.spi.Delivery;
import messenger.handlers.spi.MessageHub;
import messenger.protocol.Frame;
import messenger.server.hub.PresenceTracker;
import messenger.server.hub.SubscriberHub;
import messenger.server.metrics.ServerMetrics;
import org.jboss.logging.Logger;

/**
 * Where the log's commits and the signals go. One server alone pushes each commit to its connections at once. In
 * a cluster ({@code messenger.cluster.redis} set) a commit goes to this server's {@link LogTail}, which pushes it
 * in id order with what the others wrote, and rings the others through Redis: they read it from the database. So
 * every connection on every server gets every entry in id order, whichever server wrote it. Signals go to this
 * server's connections and, in a cluster, to the others'.
 */
@ApplicationScoped
public class LogFanOut implements MessageHub {

    private static final Logger LOG = Logger.getLogger(LogFanOut.class);

    @Inject
    SubscriberHub hub;

    @Inject
    LogTail tail;

    @Inject
    ClusterConfig config;

    @Inject
    Vertx vertx;

    @Inject
    PresenceTracker presence;

    @Inject
    ClusterSearchIndex searchIndex;

    @Inject
    ServerMetrics metrics;

    @Inject
    PresenceToldLocally toldLocally;

    @Inject
    LastSeen lastSeen;

    @Inject
    PresenceShownHere shown;

    @Inject
    SignOutsFromElsewhere signOuts;

    private static final int BEFORE_LISTENING = Interceptor.Priority.APPLICATION;
    private static final int BEFORE_HANDLERS_STOP = Interceptor.Priority.APPLICATION;

    private volatile RedisLink link;

    /**
     * Before the listener's (default priority) observer: a commit pushed while {@link #link} is still null would
     * go to the subscribers directly, and the tail, already following, would push it again.
     */
    void onStart(@Observes @Priority(BEFORE_LISTENING) StartupEvent event) {
        config.redis().ifPresent(url -> {
            tail.start();
            RedisLink opened = new RedisLink(vertx, url, tail, hub, presence::present, signOuts,
                    searchIndex::told, toldLocally, shown, lastSeen::record);
            opened.open();
            link = opened;
            searchIndex.open(opened);
            LOG.infof("cluster mode: following the log through the database, rung by Redis at %s",
                    url.replaceFirst("//[^@/]*@", "//***@"));
        });
    }

    /**
     * After the listener's drain, before the handlers' observers (default priority): a keeper of the search index
     * must give it back and stop answering the other servers before {@code SearchIndex} closes it.
     */
    void onStop(@Observes @Priority(BEFORE_HANDLERS_STOP) ShutdownEvent event) throws InterruptedException {
        RedisLink opened = link;
        if (opened != null) {
            searchIndex.close(opened);
            opened.close();
            tail.stop();
        }
    }

    /** The line to the other servers; null for a server alone. */
    RedisLink link() {
        return link;
    }

    /** Null for a single server; in a cluster, whether Redis answers now. */
    public Boolean redisReachable() {
        RedisLink opened = link;
        return opened == null ? null : opened.reachable();
    }

    /** A commit of this server: counted here, as the others' commits reach the hub too, through the tail. */
    @Override
    public void publish(List<Delivery> entries) {
        metrics.messagesStored((int) entries.stream().filter(Delivery::isMessage).count());
        RedisLink opened = link;
        if (opened == null) {
            hub.publish(entries);
            return;
        }
        tail.committedHere(entries);
        opened.ringOthers();
    }

    @Override
    public void signal(Frame frame, Set<Long> userIds, Long exceptUserId) {
        hub.signal(frame, userIds, exceptUserId);
        RedisLink opened = link;
        if (opened != null) {
            opened.signalOthers(frame, userIds, exceptUserId);
        }
    }
}
