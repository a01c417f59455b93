package messenger.client.model;

import java.time.Instant;
import messenger.protocol.FileInfo;
import messenger.protocol.Message;

/**
 * One entry of the conversation: a message the server stored ({@code id > 0}), or one of ours that it has
 * not confirmed yet ({@code id == 0}). {@code text} and {@code file} are each optional; {@code problem} says
 * why a {@link Delivery#FAILED} message was refused.
 */
public record ChatMessage(long id, String clientMsgId, String from, Instant at, String text, FileInfo file,
                          Delivery delivery, String problem) {

    public static ChatMessage stored(Message message) {
        return new ChatMessage(message.id(), message.clientMsgId(), message.from(), Instant.parse(message.at()),
                message.text(), message.file(), Delivery.SENT, null);
    }

    static ChatMessage pending(String clientMsgId, String from, Instant at, String text, FileInfo file) {
        return new ChatMessage(0, clientMsgId, from, at, text, file, Delivery.PENDING, null);
    }

    ChatMessage failed(String why) {
        return new ChatMessage(id, clientMsgId, from, at, text, file, Delivery.FAILED, why);
    }

    public boolean isFrom(String login) {
        return from.equalsIgnoreCase(login);
    }
}
