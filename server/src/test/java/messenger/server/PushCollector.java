package messenger.server;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import messenger.protocol.ConversationEvent;
import messenger.protocol.Message;
import messenger.protocol.client.PushListener;

/** Records the message and event pushes a connection receives. */
class PushCollector implements PushListener {

    final List<Message> messages = new CopyOnWriteArrayList<>();
    final List<ConversationEvent> events = new CopyOnWriteArrayList<>();

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
