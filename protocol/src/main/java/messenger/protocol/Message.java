package messenger.protocol;

/**
 * A chat message as it travels: {@code text} and {@code file} are each optional, at least one is present;
 * {@code at} is ISO-8601 UTC; {@code conversation} is the id of the conversation it was posted in (null only in
 * messages of a server older than conversations).
 */
public record Message(long id, String from, String at, String text, String clientMsgId, FileInfo file,
                      Long conversation) {

    public Message(long id, String from, String at, String text, String clientMsgId, FileInfo file) {
        this(id, from, at, text, clientMsgId, file, null);
    }
}
