package messenger.client.view;

import messenger.client.model.ChatMessage;

/** Message actions that do nothing, for a conversation view shown without a server. */
final class InertMessageActions implements MessageActions {

    private final String me;

    InertMessageActions(String me) {
        this.me = me;
    }

    @Override
    public void reply(ChatMessage message) {
    }

    @Override
    public void toggleReaction(ChatMessage message, String emoji) {
    }

    @Override
    public void edit(ChatMessage message) {
    }

    @Override
    public void delete(ChatMessage message) {
    }

    @Override
    public void jumpTo(long id) {
    }

    @Override
    public void tryAgain(ChatMessage failed) {
    }

    @Override
    public void discard(ChatMessage failed) {
    }

    @Override
    public boolean canDelete(ChatMessage message) {
        return false;
    }

    @Override
    public String me() {
        return me;
    }
}
