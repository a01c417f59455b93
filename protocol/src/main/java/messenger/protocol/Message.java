package messenger.protocol;

/**
 * A chat message as it travels: {@code text} and {@code file} are each optional, at least one is present;
 * {@code at} is ISO-8601 UTC.
 */
public record Message(long id, String from, String at, String text, String clientMsgId, FileInfo file) {
}
