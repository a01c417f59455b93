package messenger.client.controller;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import messenger.client.model.ConnectionState;
import messenger.client.model.ConnectionStatus;
import messenger.client.model.ConversationDirectory;
import messenger.client.model.LoadedConversations;
import messenger.client.model.OthersNow;
import messenger.client.net.Device;
import messenger.protocol.Conversation;
import messenger.protocol.ConversationEvent;
import messenger.protocol.Message;
import messenger.protocol.Presence;
import messenger.protocol.Pushes;
import messenger.protocol.client.ConnectionLostException;
import messenger.protocol.client.SessionListener;
import messenger.protocol.client.SessionStatus;

/**
 * Brings what the chat session hears into the models: the user's conversations and their changes into the
 * directory, messages into the conversations loaded and the directory's counts, the connection's state into the
 * status line, in words for the person reading it, who is here and who types. Messages that arrive while connected
 * may notify the user; those of a catch-up (which runs before the session counts as connected) never do. Runs on
 * the session's threads.
 */
final class ChatFeed implements SessionListener {

    private final Device device;
    private final ConversationDirectory directory;
    private final LoadedConversations loaded;
    private final ConversationEvents events;
    private final ConnectionStatus status;
    private final OthersNow others;
    private final Notifier notifier;
    private final Clock clock;
    private final Function<Throwable, String> describe;
    private final Consumer<Throwable> onUnexpected;
    private final RefusedCounts refused;
    private volatile boolean connected;

    /** {@code describe} words a failure for the person reading the status line or a message not sent. */
    ChatFeed(Device device, ConversationDirectory directory, LoadedConversations loaded, ConversationEvents events,
             ConnectionStatus status, OthersNow others, Notifier notifier, Clock clock,
             Function<Throwable, String> describe, Consumer<Throwable> onUnexpected, RefusedCounts refused) {
        this.device = device;
        this.directory = directory;
        this.loaded = loaded;
        this.events = events;
        this.status = status;
        this.others = others;
        this.notifier = notifier;
        this.clock = clock;
        this.describe = describe;
        this.onUnexpected = onUnexpected;
        this.refused = refused;
    }

    @Override
    public void onConversations(List<Conversation> conversations) {
        directory.replaceAll(conversations);
    }

    /** A message of a conversation the directory does not know yet (the user was just added) has it asked for. */
    @Override
    public void onMessages(List<Message> messages) {
        loaded.receive(messages);
        directory.received(messages).forEach(events::fetch);
        messages.stream().filter(message -> message.conversation() != null)
                .forEach(message -> others.typists().sent(message.conversation(), message.from()));
        if (connected) {
            notifier.arrived(messages);
        }
    }

    @Override
    public void onTyping(Pushes.TypingPush typing) {
        others.typists().typing(typing.conversation(), typing.login(), clock.instant());
    }

    @Override
    public void onPresence(Presence presence) {
        others.presence().pushed(presence);
    }

    @Override
    public void onEvents(List<ConversationEvent> changes) {
        events.apply(changes);
    }

    @Override
    public void onSent(Message stored) {
        loaded.confirm(stored);
    }

    /** Shown not sent where it is loaded, and counted for the sidebar's marker wherever it was written. */
    @Override
    public void onSendFailed(String clientMsgId, Throwable refusal) {
        loaded.fail(clientMsgId, describe.apply(refusal));
        refused.recount();
    }

    @Override
    public void onStatus(SessionStatus now) {
        connected = now instanceof SessionStatus.Connected;
        if (now instanceof SessionStatus.Connected) {
            events.connected();
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
