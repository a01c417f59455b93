package messenger.server.hub;

import io.vertx.core.buffer.Buffer;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import messenger.handlers.spi.MessageHub;
import messenger.protocol.Frame;
import messenger.protocol.FrameCodec;
import messenger.protocol.Json;
import messenger.protocol.Message;
import messenger.protocol.Pushes;
import messenger.server.metrics.ServerMetrics;

/**
 * Fans new messages out: the pushes of one commit are encoded once into one buffer, and that same buffer is
 * written to every subscribed connection, so a connection gets one write (and one flush) per commit.
 */
@ApplicationScoped
public class SubscriberHub implements MessageHub {

    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();

    @Inject
    ServerMetrics metrics;

    void registerGauges(@Observes StartupEvent event) {
        metrics.gauge("messenger.subscribers", "connections receiving pushes", subscribers::size);
    }

    public void add(Subscriber subscriber) {
        subscribers.add(subscriber);
    }

    public void remove(Subscriber subscriber) {
        subscribers.remove(subscriber);
    }

    @Override
    public void publish(List<Message> messages) {
        metrics.messagesStored(messages.size());
        if (subscribers.isEmpty()) {
            return;
        }
        Buffer pushes = Buffer.buffer();
        for (Message message : messages) {
            pushes.appendBytes(FrameCodec.encode(
                    new Frame(Json.object(Pushes.MessagePush.TYPE, new Pushes.MessagePush(message)))));
        }
        for (Subscriber subscriber : subscribers) {
            subscriber.push(pushes, messages.size());
        }
    }
}
