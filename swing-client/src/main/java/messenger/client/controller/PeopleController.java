package messenger.client.controller;

import java.util.List;
import java.util.function.Consumer;
import messenger.client.model.ConversationDirectory;
import messenger.protocol.Conversation;
import messenger.protocol.ProtocolRules;
import messenger.protocol.client.ChatSession;

/**
 * Finding other users and the direct conversation with one of them, which goes into the directory at once.
 * Called on the event thread; every outcome comes back on it.
 */
public final class PeopleController {

    private final ChatSession chat;
    private final ConversationDirectory directory;

    PeopleController(ChatSession chat, ConversationDirectory directory) {
        this.chat = chat;
        this.directory = directory;
    }

    /** Logins that start with {@code prefix}, ignoring case, except the user's own. */
    public void find(String prefix, Consumer<List<String>> onFound, Consumer<Throwable> onFailed) {
        String wanted = prefix.strip();
        if (wanted.isEmpty()) {
            onFound.accept(List.of());
            return;
        }
        String cut = wanted.length() > ProtocolRules.LOGIN_MAX ? wanted.substring(0, ProtocolRules.LOGIN_MAX) : wanted;
        Background.whenDone(chat.call(client -> client.findUsers(cut, ProtocolRules.FIND_DEFAULT_LIMIT).stream()
                .filter(login -> !login.equalsIgnoreCase(directory.me())).toList()), onFound, onFailed);
    }

    /** The direct conversation with {@code login}, created on first use. */
    public void openDirect(String login, Consumer<Conversation> onOpened, Consumer<Throwable> onFailed) {
        Background.whenDone(chat.call(client -> {
            Conversation direct = client.openDirect(login);
            directory.put(direct);
            return direct;
        }), onOpened, onFailed);
    }
}
