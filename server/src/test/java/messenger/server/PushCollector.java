package messenger.server;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import messenger.protocol.Message;
import messenger.protocol.client.PushListener;

/** Records the message pushes a connection receives. */
class PushCollector implements PushListener {

    final List<Message> messages = new CopyOnWriteArrayList<>();

    @Override
    public void onMessage(Message message) {
        messages.add(message);
    }

    List<Long> ids() {
        return messages.stream().map(Message::id).toList();
    }
}
