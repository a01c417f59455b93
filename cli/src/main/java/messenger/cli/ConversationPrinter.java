package messenger.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import messenger.protocol.Conversation;
import messenger.protocol.Json;
import messenger.protocol.Member;
import messenger.protocol.ProtocolRules;
import messenger.protocol.PublicRoom;

/**
 * Prints conversations, public rooms and members for people, as aligned columns
 * ({@code #12  design  3 unread  2026-12-04 10:15:30  public room, 8 members, owner — the new logo}), or for
 * programs, one protocol object (JSON) per line. Names and topics other users chose are shown escaped.
 */
final class ConversationPrinter {

    private final PrintWriter out;
    private final boolean json;
    private final ZoneId zone;

    ConversationPrinter(PrintWriter out, boolean json, ZoneId zone) {
        this.out = out;
        this.json = json;
        this.zone = zone;
    }

    void conversations(List<Conversation> conversations) {
        print(conversations, this::row);
    }

    void rooms(List<PublicRoom> rooms) {
        print(rooms, room -> List.of("#" + room.id(), MessagePrinter.printable(room.name()),
                members(room.members()), room.joined() ? "joined" : "",
                room.topic() == null || room.topic().isEmpty() ? "" : "— " + MessagePrinter.printable(room.topic())));
    }

    void members(List<Member> members) {
        print(members, member -> List.of(member.login(), member.role()));
    }

    /** How a conversation is named where a user reads or types it: a room's name, {@code @login} for a direct one. */
    static String displayName(Conversation conversation) {
        String name = MessagePrinter.printable(String.valueOf(conversation.name()));
        return conversation.isRoom() ? name : "@" + name;
    }

    List<String> row(Conversation conversation) {
        String details;
        if (conversation.isRoom()) {
            details = conversation.visibility() + " room, " + members(conversation.members())
                    + (conversation.canModerate() ? ", " + conversation.role() : "") + notifications(conversation)
                    + topic(conversation.topic());
        } else {
            details = "direct" + notifications(conversation);
        }
        String unread = unread(conversation.unread());
        if (conversation.mentions() > 0) {
            unread += ", " + conversation.mentions() + " @you";
        }
        return List.of("#" + conversation.id(), displayName(conversation), unread,
                MessagePrinter.localTime(conversation.lastActivity(), zone), details);
    }

    static String members(int count) {
        return count + (count == 1 ? " member" : " members");
    }

    static String unread(int count) {
        if (count <= 0) {
            return "";
        }
        return (count >= ProtocolRules.UNREAD_CAP ? ProtocolRules.UNREAD_CAP + "+" : Integer.toString(count))
                + " unread";
    }

    /** {@code , notify: none} when the user chose other than the default of the conversation's kind. */
    private static String notifications(Conversation conversation) {
        String level = conversation.notifications();
        String byDefault = conversation.isRoom() ? Conversation.NOTIFICATIONS_MENTIONS : Conversation.NOTIFICATIONS_ALL;
        return level == null || level.equals(byDefault) ? "" : ", notify: " + MessagePrinter.printable(level);
    }

    private static String topic(String topic) {
        return topic == null || topic.isEmpty() ? "" : " — " + MessagePrinter.printable(topic);
    }

    private <T> void print(List<T> items, Function<T, List<String>> row) {
        if (json) {
            items.forEach(item -> out.println(Json.GSON.toJson(item)));
        } else {
            Table.lines(items.stream().map(row).toList()).forEach(out::println);
        }
    }
}
