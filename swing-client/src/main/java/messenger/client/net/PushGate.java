package messenger.client.net;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import messenger.client.model.Conversation;
import messenger.protocol.Message;
import messenger.protocol.client.PushListener;

/**
 * The push listener of one chat connection. It holds the pushes that arrive while the connection catches up
 * and lets them into the conversation only after the catch-up: were a push applied first, the cursor would
 * jump past messages the sync has not delivered yet, and a drop at that moment would lose them.
 */
final class PushGate implements PushListener {

    private final Conversation conversation;
    private final Consumer<PushGate> onClosed;
    private List<Message> held = new ArrayList<>();

    PushGate(Conversation conversation, Consumer<PushGate> onClosed) {
        this.conversation = conversation;
        this.onClosed = onClosed;
    }

    @Override
    public synchronized void onMessage(Message message) {
        if (held != null) {
            held.add(message);
        } else {
            conversation.receive(message);
        }
    }

    /** The catch-up is in the conversation: the held pushes follow, and later ones go straight through. */
    synchronized void open() {
        conversation.receive(held);
        held = null;
    }

    @Override
    public void onClosed(Throwable cause) {
        onClosed.accept(this);
    }
}
