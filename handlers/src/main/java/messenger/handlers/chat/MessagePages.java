package messenger.handlers.chat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import messenger.handlers.HeaderBudget;
import messenger.protocol.ConversationEvent;
import messenger.protocol.Message;
import messenger.protocol.Results.MessagePage;

/**
 * Builds {@code history}/{@code sync} pages that fit in one reply header: when the requested messages
 * would exceed the header limit, the page is cut short and {@code hasMore} is true, so the client simply
 * asks again. At least one message is always returned, so paging always advances.
 */
final class MessagePages {

    /** More than the keys, numbers, timestamp, file hash and punctuation of one message take in JSON. */
    private static final int MESSAGE_FIXED_BYTES = 384;
    /** The most bytes one UTF-16 char becomes in the header: a {@code \}{@code uXXXX} escape. */
    private static final int BYTES_PER_CHAR = 6;

    private MessagePages() {
    }

    /** {@code ascending} holds up to limit+1 of the newest messages; keeps the newest that fit. */
    static MessagePage newest(List<Message> ascending, int limit, int maxHeader) {
        return newest(ascending, limit, maxHeader - HeaderBudget.ENVELOPE, 1);
    }

    /** {@code ascending} holds up to limit+1 messages after a cursor; keeps the oldest that fit. */
    static MessagePage oldest(List<Message> ascending, int limit, int maxHeader) {
        return oldest(ascending, limit, maxHeader - HeaderBudget.ENVELOPE, 1);
    }

    /**
     * A {@code history} page around a message, from up to olderLimit+1 messages before it and newerLimit+1 from
     * it on (each ascending). The newer half, which starts with the message asked about, is sized first, in half
     * the header but always with that message; the older half gets the rest, and may be empty. Giving each half
     * half the header and at least one message could make the page twice too long.
     */
    static MessagePage around(List<Message> older, int olderLimit, List<Message> newer, int newerLimit,
                              int maxHeader) {
        int budget = maxHeader - HeaderBudget.ENVELOPE;
        MessagePage newerPage = oldest(newer, newerLimit, budget / 2, 1);
        MessagePage olderPage = newest(older, olderLimit, budget - bytes(newerPage.messages()), 0);
        List<Message> messages = new ArrayList<>(olderPage.messages());
        messages.addAll(newerPage.messages());
        return new MessagePage(messages, null, olderPage.hasMore(), newerPage.hasMore());
    }

    private static MessagePage newest(List<Message> ascending, int limit, int budget, int minimum) {
        boolean hasMore = ascending.size() > limit;
        List<Message> candidates = ascending.subList(hasMore ? 1 : 0, ascending.size());
        int keep = fittingCount(candidates, budget, minimum, true);
        return new MessagePage(candidates.subList(candidates.size() - keep, candidates.size()),
                hasMore || keep < candidates.size());
    }

    private static MessagePage oldest(List<Message> ascending, int limit, int budget, int minimum) {
        boolean hasMore = ascending.size() > limit;
        List<Message> candidates = ascending.subList(0, Math.min(limit, ascending.size()));
        int keep = fittingCount(candidates, budget, minimum, false);
        return new MessagePage(candidates.subList(0, keep), hasMore || keep < candidates.size());
    }

    /**
     * A {@code sync} page of all conversations: from up to limit+1 messages and limit+1 events after a cursor
     * (each ascending), the oldest entries of both, at most {@code limit} together, that fit.
     */
    static MessagePage oldest(List<Message> messages, List<ConversationEvent> events, int limit, int maxHeader) {
        int budget = maxHeader - HeaderBudget.ENVELOPE;
        List<Message> keptMessages = new ArrayList<>();
        List<ConversationEvent> keptEvents = new ArrayList<>();
        int m = 0;
        int e = 0;
        while (m + e < limit && (m < messages.size() || e < events.size())) {
            boolean messageNext = e == events.size()
                    || m < messages.size() && messages.get(m).id() < events.get(e).id();
            Object entry = messageNext ? messages.get(m) : events.get(e);
            budget -= HeaderBudget.bytes(entry);
            if (budget < 0 && m + e > 0) {
                break;
            }
            if (messageNext) {
                keptMessages.add(messages.get(m++));
            } else {
                keptEvents.add(events.get(e++));
            }
        }
        boolean hasMore = m < messages.size() || e < events.size();
        return new MessagePage(keptMessages, keptEvents, hasMore);
    }

    /**
     * How many messages fit in {@code budget} bytes, counted from the newest end or from the oldest; at least
     * {@code minimum} of them.
     */
    private static int fittingCount(List<Message> ascending, int budget, int minimum, boolean newestFirst) {
        if (upperBound(ascending) <= budget) {
            return ascending.size();
        }
        List<Message> inOrder = ascending;
        if (newestFirst) {
            inOrder = new ArrayList<>(ascending);
            Collections.reverse(inOrder);
        }
        return HeaderBudget.fitting(inOrder, budget, minimum);
    }

    private static int bytes(List<Message> messages) {
        int bytes = 0;
        for (Message message : messages) {
            bytes += HeaderBudget.bytes(message);
        }
        return bytes;
    }

    /** Bytes the messages take at most, without serialising them: pages of ordinary messages fit at once. */
    private static long upperBound(List<Message> messages) {
        long chars = 0;
        for (Message message : messages) {
            chars += length(message.from()) + length(message.text()) + length(message.clientMsgId())
                    + (message.file() == null ? 0 : length(message.file().name())) + liveLength(message);
        }
        return chars * BYTES_PER_CHAR + (long) messages.size() * MESSAGE_FIXED_BYTES;
    }

    /** Characters of the live fields, with a few more per entry for its keys and punctuation. */
    private static long liveLength(Message message) {
        long chars = 0;
        if (message.replyTo() != null) {
            chars += 64 + length(message.replyTo().from()) + length(message.replyTo().text())
                    + length(message.replyTo().fileName());
        }
        for (Message.Reaction reaction : message.reactionsOrEmpty()) {
            chars += 32 + length(reaction.emoji());
            for (String login : reaction.logins()) {
                chars += 3 + login.length();
            }
        }
        for (String login : message.mentionsOrEmpty()) {
            chars += 3 + login.length();
        }
        return chars;
    }

    private static int length(String value) {
        return value == null ? 0 : value.length();
    }
}
