package messenger.client.controller;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import messenger.client.model.ConnectionState;
import messenger.client.model.ConnectionStatus;
import messenger.client.model.Conversation;
import messenger.client.net.Device;
import messenger.protocol.Message;
import messenger.protocol.Results.MessagePage;
import messenger.protocol.client.ConnectionLostException;
import messenger.protocol.client.SessionListener;
import messenger.protocol.client.SessionStatus;

/**
 * Brings what the chat session hears into the models: messages into the conversation, the connection's state into
 * the status line, in words for the person reading it. Runs on the session's threads.
 */
final class ChatFeed implements SessionListener {

    private final Device device;
    private final Conversation conversation;
    private final ConnectionStatus status;
    private final Function<Throwable, String> describe;
    private final Consumer<Throwable> onUnexpected;

    /** {@code describe} words a failure for the person reading the status line or a message not sent. */
    ChatFeed(Device device, Conversation conversation, ConnectionStatus status, Function<Throwable, String> describe,
             Consumer<Throwable> onUnexpected) {
        this.device = device;
        this.conversation = conversation;
        this.status = status;
        this.describe = describe;
        this.onUnexpected = onUnexpected;
    }

    @Override
    public void onMessages(List<Message> messages) {
        conversation.receive(messages);
    }

    @Override
    public void onNewest(MessagePage page) {
        conversation.receiveNewest(page);
    }

    @Override
    public void onSent(Message stored) {
        conversation.confirm(stored);
    }

    @Override
    public void onSendFailed(String clientMsgId, Throwable refusal) {
        conversation.fail(clientMsgId, describe.apply(refusal));
    }

    @Override
    public void onStatus(SessionStatus now) {
        if (now instanceof SessionStatus.Connected) {
            status.set(ConnectionState.CONNECTED, "Signed in as " + device.login() + " on " + device.server());
        } else if (now instanceof SessionStatus.Waiting waiting) {
            status.set(ConnectionState.RECONNECTING, outage(waiting), waiting.retryAt());
        } else if (now instanceof SessionStatus.SignedOut) {
            status.set(ConnectionState.SIGNED_OUT, "This device was signed out on the server. Sign out and sign in again.");
        } else {
            status.set(ConnectionState.CONNECTING, "Connecting to " + device.server() + "…");
        }
    }

    @Override
    public void onUnexpected(Throwable failure) {
        onUnexpected.accept(failure);
    }

    /**
     * A server that was working a moment ago is not asked about its address: it dropped, or it restarts. Only a
     * server never reached yet, or one that refuses for a reason of its own, gets the full explanation.
     */
    private String outage(SessionStatus.Waiting waiting) {
        if (waiting.serverRestarting()) {
            return device.server() + " is restarting.";
        }
        boolean dropped = waiting.cause() instanceof ConnectionLostException || waiting.cause() instanceof IOException;
        if (waiting.connectedBefore() && dropped) {
            return "The connection to " + device.server() + " was lost.";
        }
        return describe.apply(waiting.cause());
    }
}
