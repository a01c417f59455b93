package messenger.handlers.chat;

/** A validated {@code send}, waiting to be stored. */
public record NewMessage(long senderId, String senderLogin, String clientMsgId, String text, Long fileId) {
}
