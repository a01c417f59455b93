package messenger.client.view;

import java.time.Clock;
import java.time.LocalDate;
import messenger.client.model.ChatMessage;
import messenger.client.model.MessageGrouping;

/**
 * Where a message stands among its neighbours: ours or another's, the first of a group (which shows who
 * wrote it), the heading of its day when it is the first of that day (null otherwise), and whether it is the
 * first unread one when the conversation was opened, under the "New messages" line.
 */
record RowPlacement(boolean own, boolean startsGroup, String dayHeading, boolean firstUnread) {

    /** {@code readUpTo}: the read marker when the conversation was opened with unread messages, else none. */
    static RowPlacement of(ChatMessage message, ChatMessage previous, String me, Clock clock, long readUpTo) {
        boolean startsDay = MessageGrouping.startsDay(previous, message, clock.getZone());
        boolean firstUnread = message.id() > readUpTo && (previous == null || previous.id() <= readUpTo)
                && !message.isFrom(me);
        return new RowPlacement(message.isFrom(me),
                startsDay || firstUnread || MessageGrouping.startsGroup(previous, message),
                startsDay ? Formats.day(message.at(), clock.getZone(), LocalDate.now(clock)) : null, firstUnread);
    }
}
