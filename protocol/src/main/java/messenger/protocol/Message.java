package messenger.protocol;

import java.util.List;

/**
 * A chat message as it travels: {@code text} and {@code file} are each optional, at least one is present unless
 * the message was deleted; {@code at} is ISO-8601 UTC; {@code conversation} is the id of the conversation it was
 * posted in (null only in messages of a server older than conversations). The live fields are absent (null)
 * when they do not apply: {@code edited} is when the text last changed, {@code deleted} is true for a deleted
 * message (then without text and file), {@code replyTo} quotes the message this one answers, {@code reactions}
 * and {@code mentions} (the logins of members the text mentions) are never empty lists.
 */
public record Message(long id, String from, String at, String text, String clientMsgId, FileInfo file,
                      Long conversation, String edited, Boolean deleted, Quote replyTo, List<Reaction> reactions,
                      List<String> mentions) {

    public Message(long id, String from, String at, String text, String clientMsgId, FileInfo file) {
        this(id, from, at, text, clientMsgId, file, null);
    }

    public Message(long id, String from, String at, String text, String clientMsgId, FileInfo file,
                   Long conversation) {
        this(id, from, at, text, clientMsgId, file, conversation, null, null, null, null, null);
    }

    public boolean isDeleted() {
        return Boolean.TRUE.equals(deleted);
    }

    public List<Reaction> reactionsOrEmpty() {
        return reactions == null ? List.of() : reactions;
    }

    public List<String> mentionsOrEmpty() {
        return mentions == null ? List.of() : mentions;
    }

    /** Whether {@code login} is among the mentioned members, ignoring case as logins do. */
    public boolean mentions(String login) {
        return mentionsOrEmpty().stream().anyMatch(mentioned -> mentioned.equalsIgnoreCase(login));
    }

    /**
     * The message replied to, as it is now: its first {@link ProtocolRules#QUOTE_MAX} characters of text, or its
     * file's name, or {@code deleted} true.
     */
    public record Quote(long id, String from, String text, String fileName, Boolean deleted) {
    }

    /**
     * One emoji on a message: how many reacted with it and the first {@link ProtocolRules#REACTORS_SHOWN} of them;
     * {@code mine} is true when the reader is among them, listed or not (absent from an older server, and in
     * pushes, which are the same for every reader).
     */
    public record Reaction(String emoji, int count, List<String> logins, Boolean mine) {

        public Reaction(String emoji, int count, List<String> logins) {
            this(emoji, count, logins, null);
        }

        public boolean isMine() {
            return Boolean.TRUE.equals(mine);
        }
    }
}
