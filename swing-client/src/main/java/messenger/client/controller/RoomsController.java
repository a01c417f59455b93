package messenger.client.controller;

import java.util.List;
import java.util.function.Consumer;
import messenger.client.model.ConversationDirectory;
import messenger.protocol.Conversation;
import messenger.protocol.ProtocolRules;
import messenger.protocol.PublicRoom;
import messenger.protocol.Results;
import messenger.protocol.client.ChatSession;

/**
 * What the screen asks of rooms: creating, finding and joining them, their members, inviting, removing, leaving.
 * A room created or joined goes into the directory at once. Called on the event thread; every outcome comes back
 * on it.
 */
public final class RoomsController {

    private final ChatSession chat;
    private final ConversationDirectory directory;

    RoomsController(ChatSession chat, ConversationDirectory directory) {
        this.chat = chat;
        this.directory = directory;
    }

    /** {@code topic} may be empty. */
    public void create(String name, String topic, boolean isPrivate, Consumer<Conversation> onCreated,
                       Consumer<Throwable> onFailed) {
        String visibility = isPrivate ? Conversation.PRIVATE : Conversation.PUBLIC;
        Background.whenDone(chat.call(client -> listed(client.createRoom(name, topic.isBlank() ? null : topic,
                visibility))), onCreated, onFailed);
    }

    /** Public rooms whose names start with {@code prefix} (all of them for an empty one), the first page. */
    public void browse(String prefix, Consumer<List<PublicRoom>> onFound, Consumer<Throwable> onFailed) {
        String wanted = prefix.isBlank() ? null : prefix.strip();
        Background.whenDone(chat.call(client -> client.browseRooms(wanted, null, ProtocolRules.BROWSE_MAX_LIMIT)
                .rooms()), onFound, onFailed);
    }

    public void join(long room, Consumer<Conversation> onJoined, Consumer<Throwable> onFailed) {
        Background.whenDone(chat.call(client -> listed(client.joinRoom(room))), onJoined, onFailed);
    }

    /**
     * The first {@link ProtocolRules#MEMBERS_MAX_LIMIT} members of the conversation in login order, and whether
     * there are more: a room as large as <i>general</i> is not loaded whole.
     */
    public void members(long conversation, Consumer<Results.MemberPage> onLoaded, Consumer<Throwable> onFailed) {
        Background.whenDone(chat.call(client -> client.members(conversation, null, ProtocolRules.MEMBERS_MAX_LIMIT)),
                onLoaded, onFailed);
    }

    public void invite(long room, String login, Runnable onDone, Consumer<Throwable> onFailed) {
        Background.whenDone(chat.call(client -> {
            client.invite(room, login.strip());
            return room;
        }), done -> onDone.run(), onFailed);
    }

    public void remove(long room, String login, Runnable onDone, Consumer<Throwable> onFailed) {
        Background.whenDone(chat.call(client -> {
            client.removeMember(room, login);
            return room;
        }), done -> onDone.run(), onFailed);
    }

    /** Leaves the room; it goes from the directory when the server's {@code left} event comes. */
    public void leave(long room, Consumer<Throwable> onFailed) {
        Background.whenDone(chat.call(client -> {
            client.leave(room);
            return room;
        }), done -> { }, onFailed);
    }

    private Conversation listed(Conversation conversation) {
        directory.put(conversation);
        return conversation;
    }
}
