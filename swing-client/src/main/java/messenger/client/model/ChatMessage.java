package messenger.client.model;

import java.time.Instant;
import java.util.List;
import messenger.protocol.FileInfo;
import messenger.protocol.Message;

/**
 * One entry of the conversation: a message the server stored ({@code id > 0}), or one of ours that it has
 * not confirmed yet ({@code id == 0}). {@code text} and {@code file} are each optional; {@code problem} says
 * why a {@link Delivery#FAILED} message was refused. A stored message may have been {@code edited} or
 * {@code deleted} (then without text or file), may quote the message it answers ({@code replyTo}, else null),
 * and carries its reactions, the logins it mentions and the other members who have read up to it and no further
 * ({@code seenBy}).
 */
public record ChatMessage(long id, String clientMsgId, String from, Instant at, String text, FileInfo file,
                          Delivery delivery, String problem, boolean edited, boolean deleted, Message.Quote replyTo,
                          List<Message.Reaction> reactions, List<String> mentions, List<String> seenBy) {

    public static ChatMessage stored(Message message) {
        return new ChatMessage(message.id(), message.clientMsgId(), message.from(), Instant.parse(message.at()),
                message.text(), message.file(), Delivery.SENT, null, message.edited() != null, message.isDeleted(),
                message.replyTo(), message.reactionsOrEmpty(), message.mentionsOrEmpty(), List.of());
    }

    static ChatMessage pending(String clientMsgId, String from, Instant at, String text, FileInfo file,
                               Message.Quote replyTo) {
        return new ChatMessage(0, clientMsgId, from, at, text, file, Delivery.PENDING, null, false, false, replyTo,
                List.of(), List.of(), List.of());
    }

    ChatMessage failed(String why) {
        return new ChatMessage(id, clientMsgId, from, at, text, file, Delivery.FAILED, why, edited, deleted, replyTo,
                reactions, mentions, seenBy);
    }

    /** Tried again after a refusal: pending once more. */
    ChatMessage retried() {
        return new ChatMessage(id, clientMsgId, from, at, text, file, Delivery.PENDING, null, edited, deleted, replyTo,
                reactions, mentions, seenBy);
    }

    ChatMessage withText(String newText, List<String> newMentions) {
        return new ChatMessage(id, clientMsgId, from, at, newText, file, delivery, problem, true, deleted, replyTo,
                reactions, newMentions, seenBy);
    }

    /** The placeholder a deleted message leaves: who wrote it and when, nothing else. */
    ChatMessage deletedNow() {
        return new ChatMessage(id, clientMsgId, from, at, null, null, delivery, problem, edited, true, null,
                List.of(), List.of(), seenBy);
    }

    ChatMessage withReactions(List<Message.Reaction> newReactions) {
        return new ChatMessage(id, clientMsgId, from, at, text, file, delivery, problem, edited, deleted, replyTo,
                newReactions, mentions, seenBy);
    }

    ChatMessage withQuote(Message.Quote quote) {
        return new ChatMessage(id, clientMsgId, from, at, text, file, delivery, problem, edited, deleted, quote,
                reactions, mentions, seenBy);
    }

    ChatMessage withSeenBy(List<String> logins) {
        return new ChatMessage(id, clientMsgId, from, at, text, file, delivery, problem, edited, deleted, replyTo,
                reactions, mentions, logins);
    }

    public boolean isFrom(String login) {
        return from.equalsIgnoreCase(login);
    }

    /** Whether {@code login} is among those the text mentions. */
    public boolean mentions(String login) {
        return mentions.stream().anyMatch(login::equalsIgnoreCase);
    }

    /** Whether the author may change its text: a stored text message of theirs, not deleted. */
    public boolean isEditableBy(String login) {
        return id > 0 && !deleted && text != null && isFrom(login);
    }

    /**
     * Whether the reader {@code me} has reacted with {@code emoji}: listed among the reactors, or marked as
     * theirs when the list is full without them.
     */
    public boolean hasReacted(String me, String emoji) {
        return reactions.stream().anyMatch(reaction -> reaction.emoji().equals(emoji)
                && Reactions.made(reaction, me, me));
    }
}
