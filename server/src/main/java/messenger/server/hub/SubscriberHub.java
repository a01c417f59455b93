package messenger.server.hub;

import io.vertx.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import messenger.handlers.spi.MessageHub;
import messenger.protocol.Frame;
import messenger.protocol.FrameCodec;
import messenger.protocol.Json;
import messenger.protocol.Message;
import messenger.protocol.Pushes;

/** Fans each new message out: encoded once, the same bytes written to every subscribed connection. */
@ApplicationScoped
public class SubscriberHub implements MessageHub {

    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();

    public void add(Subscriber subscriber) {
        subscribers.add(subscriber);
    }

    public void remove(Subscriber subscriber) {
        subscribers.remove(subscriber);
    }

    public int size() {
        return subscribers.size();
    }

    @Override
    public void publish(Message message) {
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
