package messenger.server;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import messenger.protocol.ConversationEvent;
import messenger.protocol.Message;
import messenger.protocol.Presence;
import messenger.protocol.Pushes;
import messenger.protocol.client.MessengerClient;
import messenger.protocol.client.PushListener;

/** Records the pushes a connection receives: messages, events, typing and presence. */
class PushCollector implements PushListener {

    final List<Message> messages = new CopyOnWriteArrayList<>();
    final List<ConversationEvent> events = new CopyOnWriteArrayList<>();
    final List<Pushes.TypingPush> typing = new CopyOnWriteArrayList<>();
    final List<Presence> presence = new CopyOnWriteArrayList<>();

    /** Subscribes the connection to all its conversations and records what it receives from now on. */
    static PushCollector subscribeAll(MessengerClient client) {
        PushCollector pushes = new PushCollector();
        client.setPushListener(pushes);
        client.subscribeAll();
        return pushes;
    }

    @Override
    public void onTyping(Pushes.TypingPush push) {
        typing.add(push);
    }

    @Override
    public void onPresence(Presence push) {
        presence.add(push);
    }

    @Override
    public void onEvent(ConversationEvent event) {
        events.add(event);
    }

    List<String> eventKinds() {
        return events.stream().map(ConversationEvent::kind).toList();
    }

    @Override
    public void onMessage(Message message) {
        messages.add(message);
    }

    List<Long> ids() {
        return messages.stream().map(Message::id).toList();
    }
}
