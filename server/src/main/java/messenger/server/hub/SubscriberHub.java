package messenger.server.hub;

import io.vertx.core.buffer.Buffer;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import messenger.handlers.spi.MessageHub;
import messenger.protocol.Frame;
import messenger.protocol.FrameCodec;
import messenger.protocol.Json;
import messenger.protocol.Message;
import messenger.protocol.Pushes;
import messenger.server.metrics.ServerMetrics;

/** Fans each new message out: encoded once, the same bytes written to every subscribed connection. */
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
    public void publish(Message message) {
        metrics.messageStored(subscribers.size());
        if (subscribers.isEmpty()) {
            return;
        }
        Frame push = new Frame(Json.object(Pushes.MessagePush.TYPE, new Pushes.MessagePush(message)));
        Buffer encoded = Buffer.buffer(FrameCodec.encode(push));
        for (Subscriber subscriber : subscribers) {
            subscriber.push(encoded);
        }
    }
}
