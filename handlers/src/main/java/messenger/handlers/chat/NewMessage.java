package messenger.handlers.chat;

/**
 * A validated {@code send}, waiting to be stored in conversation {@code conversationId}, answering message
 * {@code replyTo} (null: none).
 */
public record NewMessage(long senderId, String senderLogin, String clientMsgId, String text, Long fileId,
                         long conversationId, Long replyTo) {
}
