package messenger.server.hub;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import messenger.handlers.spi.Delivery;
import messenger.handlers.spi.MessageHub;
import messenger.protocol.Frame;
import messenger.protocol.FrameCodec;
import messenger.server.metrics.ServerMetrics;

/**
 * Fans committed log entries out to the connections allowed to see them. Each entry is encoded once; a commit
 * whose entries all go to everyone (the messages of <i>general</i>) is one shared buffer for every subscriber,
 * and otherwise each connection gets its own share of the commit's frames in one write. Signals (typing,
 * presence) go out at once, one shared buffer each. Who is connected is what {@link PresenceTracker} reports.
 */
@ApplicationScoped
public class SubscriberHub {

    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final Map<Long, Set<Subscriber>> byUser = new ConcurrentHashMap<>();

    @Inject
    ServerMetrics metrics;

    @Inject
    PresenceTracker presence;

    void registerGauges(@Observes StartupEvent event) {
        metrics.gauge("messenger.subscribers", "connections receiving pushes", subscribers::size);
    }

    public void add(Subscriber subscriber) {
        subscribers.add(subscriber);
        // inside compute, so that a concurrent remove of the user's last connection cannot drop the set meanwhile
        byUser.compute(subscriber.userId(), (user, set) -> {
            Set<Subscriber> connections = set == null ? ConcurrentHashMap.newKeySet() : set;
            connections.add(subscriber);
            return connections;
        });
        presence.refresh(subscriber);
    }

    /**
     * Also when the subscriber was no longer among the subscribers: a remove that came while {@link #add} ran (the
     * connection closed meanwhile) took it out of there before the add put it under its user.
     */
    public void remove(Subscriber subscriber) {
        boolean subscribed = subscribers.remove(subscriber);
        boolean[] underItsUser = {false};
        byUser.computeIfPresent(subscriber.userId(), (user, set) -> {
            underItsUser[0] = set.remove(subscriber);
            return set.isEmpty() ? null : set;
        });
        if (subscribed || underItsUser[0]) {
            presence.refresh(subscriber);
        }
    }

    /** The subscriber became idle or active again. */
    public void activityChanged(Subscriber subscriber) {
        presence.refresh(subscriber);
    }

    /** The user's connections now. */
    Set<Subscriber> connectionsOf(long userId) {
        return byUser.getOrDefault(userId, Set.of());
    }

    /** See {@link MessageHub#signal}; to this server's connections. */
    public void signal(Frame frame, Set<Long> userIds, Long exceptUserId) {
        Buffer bytes = Buffer.buffer(FrameCodec.encode(frame));
        if (userIds == null) {
            subscribers.forEach(subscriber -> signal(subscriber, bytes, exceptUserId));
        } else {
            userIds.forEach(user -> connectionsOf(user).forEach(subscriber -> signal(subscriber, bytes, exceptUserId)));
        }
    }

    private static void signal(Subscriber subscriber, Buffer bytes, Long exceptUserId) {
        if (subscriber.allConversations() && (exceptUserId == null || subscriber.userId() != exceptUserId)) {
            subscriber.push(bytes, 1);
        }
    }

    /** The entries of one commit, ascending by id; each connection gets its share as consecutive pushes. */
    public void publish(List<Delivery> entries) {
        if (subscribers.isEmpty() || entries.isEmpty()) {
            return;
        }
        if (entries.stream().allMatch(entry -> entry.toEveryone() && entry.isMessage())) {
            Buffer pushes = Buffer.buffer();
            entries.forEach(entry -> pushes.appendBytes(FrameCodec.encode(entry.frame())));
            subscribers.forEach(subscriber -> subscriber.push(pushes, entries.size()));
            return;
        }
        Map<Subscriber, Share> shares = new LinkedHashMap<>();
        for (Delivery entry : entries) {
            byte[] frame = FrameCodec.encode(entry.frame());
            if (entry.toEveryone()) {
                for (Subscriber subscriber : subscribers) {
                    if (entry.isMessage() || subscriber.allConversations()) {
                        shares.computeIfAbsent(subscriber, s -> new Share()).add(frame);
                    }
                }
            } else {
                for (long user : entry.userIds()) {
                    for (Subscriber subscriber : byUser.getOrDefault(user, Set.of())) {
                        if (subscriber.allConversations()) {
                            shares.computeIfAbsent(subscriber, s -> new Share()).add(frame);
                        }
                    }
                }
            }
        }
        shares.forEach((subscriber, share) -> subscriber.push(share.frames, share.count));
    }

    /** The frames of one commit that one connection may see. */
    private static final class Share {
        private final Buffer frames = Buffer.buffer();
        private int count;

        void add(byte[] frame) {
            frames.appendBytes(frame);
            count++;
        }
    }
}
