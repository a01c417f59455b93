package messenger.client.view;

import java.time.Clock;
import java.time.LocalDate;
import messenger.client.model.ChatMessage;
import messenger.client.model.MessageGrouping;

/**
 * Where a message stands among its neighbours: ours or another's, the first of a group (which shows who
 * wrote it), and the heading of its day when it is the first of that day (null otherwise).
 */
record RowPlacement(boolean own, boolean startsGroup, String dayHeading) {

    static RowPlacement of(ChatMessage message, ChatMessage previous, String me, Clock clock) {
        boolean startsDay = MessageGrouping.startsDay(previous, message, clock.getZone());
        return new RowPlacement(message.isFrom(me), startsDay || MessageGrouping.startsGroup(previous, message),
                startsDay ? Formats.day(message.at(), clock.getZone(), LocalDate.now(clock)) : null);
    }
}
