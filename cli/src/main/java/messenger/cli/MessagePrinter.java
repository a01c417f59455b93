package messenger.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import messenger.protocol.ByteSizes;
import messenger.protocol.ConversationEvent;
import messenger.protocol.FileInfo;
import messenger.protocol.Json;
import messenger.protocol.Message;
import messenger.protocol.Presence;

/**
 * Prints messages for people, one line each ({@code <local time> [<conversation>] <from>: <text> [file: name (size)
 * id=N]}, the conversation only where several are followed), or for programs, one protocol message object per line
 * ({@code --json}), each in its current state (edited, deleted, reactions; see {@link LiveParts}). Changes to
 * conversations, typing and presence are lines for people only ({@code <local time> * bob joined}).
 */
final class MessagePrinter {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final PrintWriter out;
    private final boolean json;
    private final ZoneId zone;

    MessagePrinter(PrintWriter out, boolean json, ZoneId zone) {
        this.out = out;
        this.json = json;
        this.zone = zone;
    }

    void print(Message message) {
        print(message, null);
    }

    /** {@code label}: the conversation's name shown before the sender, or null for none. */
    void print(Message message, String label) {
        out.println(json ? Json.GSON.toJson(message) : labelled(line(message), label));
    }

    /** A change as a line for people; nothing in JSON mode (its lines are message objects only) or for read markers. */
    void print(ConversationEvent event, String label) {
        String line = json ? null : line(event);
        if (line != null) {
            out.println(labelled(line, label));
        }
    }

    /** Inserts {@code [label]} after the time, which every line starts with. */
    private static String labelled(String line, String label) {
        if (label == null) {
            return line;
        }
        int afterTime = line.indexOf(' ', line.indexOf(' ') + 1);
        return afterTime < 0 ? "[" + label + "] " + line
                : line.substring(0, afterTime) + " [" + label + "]" + line.substring(afterTime);
    }

    /** {@code * bob is typing}, at {@code now}; nothing in JSON mode. */
    void printTyping(String login, String label, Instant now) {
        if (!json) {
            out.println(labelled(localTime(now.toString(), zone) + " * " + printable(login) + " is typing", label));
        }
    }

    /** {@code * bob is offline (last seen …)}, at {@code now}; nothing in JSON mode. */
    void print(Presence presence, Instant now) {
        if (!json) {
            out.println(localTime(now.toString(), zone) + " * " + printable(String.valueOf(presence.login())) + " is "
                    + printable(String.valueOf(presence.status())) + (presence.lastSeen() == null ? ""
                    : " (last seen " + localTime(presence.lastSeen(), zone) + ")"));
        }
    }

    /** The change in words, or null for one that is not worth a line (read markers). */
    String line(ConversationEvent event) {
        String by = printable(String.valueOf(event.by()));
        String login = printable(String.valueOf(event.login()));
        String what = switch (event.kind()) {
            case ConversationEvent.CREATED -> event.name() != null ? by + " created the room " + printable(event.name())
                    : by + " opened a direct conversation with " + login;
            case ConversationEvent.JOINED -> event.by() == null || event.by().equals(event.login()) ? login + " joined"
                    : login + " was added by " + by;
            case ConversationEvent.LEFT -> login + " left";
            case ConversationEvent.REMOVED -> login + " was removed by " + by;
            case ConversationEvent.RENAMED -> by + " renamed the room to " + printable(String.valueOf(event.name()));
            case ConversationEvent.TOPIC -> event.topic() == null || event.topic().isEmpty() ? by + " cleared the topic"
                    : by + " set the topic: " + printable(event.topic());
            case ConversationEvent.ROLE -> by + " made " + login + " " + printable(String.valueOf(event.role()));
            case ConversationEvent.EDITED -> by + " edited #" + event.message() + ": "
                    + printable(String.valueOf(event.text()));
            case ConversationEvent.DELETED -> by + " deleted #" + event.message();
            case ConversationEvent.REACTED -> by + " reacted " + printable(String.valueOf(event.emoji())) + " to #"
                    + event.message();
            case ConversationEvent.UNREACTED -> by + " took back " + printable(String.valueOf(event.emoji()))
                    + " on #" + event.message();
            case ConversationEvent.NOTIFICATIONS -> "your notifications here: " + printable(String.valueOf(event.level()));
            default -> null;
        };
        return what == null ? null : localTime(event.at(), zone) + " * " + what;
    }

    String line(Message message) {
        List<String> parts = new ArrayList<>();
        parts.add(localTime(message.at(), zone));
        parts.add(printable(message.from()) + ":");
        if (message.isDeleted()) {
            parts.add(LiveParts.DELETED);
            return String.join(" ", parts);
        }
        if (message.replyTo() != null) {
            parts.add(LiveParts.quote(message.replyTo()));
        }
        if (message.text() != null) {
            parts.add(printable(message.text()));
        }
        FileInfo file = message.file();
        if (file != null) {
            parts.add("[file: " + printable(file.name()) + " (" + ByteSizes.format(file.size()) + ") id="
                    + file.id() + "]");
        }
        if (message.edited() != null) {
            parts.add(LiveParts.EDITED);
        }
        if (!message.reactionsOrEmpty().isEmpty()) {
            parts.add(LiveParts.reactions(message.reactions()));
        }
        if (!message.mentionsOrEmpty().isEmpty()) {
            parts.add(LiveParts.mentions(message.mentions()));
        }
        return String.join(" ", parts);
    }

    /** An ISO-8601 instant as local date and time; what is not one is shown as it came. */
    static String localTime(String at, ZoneId zone) {
        try {
            return TIME.format(Instant.parse(at).atZone(zone));
        } catch (DateTimeParseException | NullPointerException e) {
            return String.valueOf(at);
        }
    }

    /**
     * Other users write these strings: line breaks would split a message over lines, and escape sequences or
     * direction overrides could rewrite what the terminal shows. They are shown escaped instead.
     */
    static String printable(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\n') {
                shown.append("\\n");
            } else if (c == '\t') {
                shown.append("\\t");
            } else if (Character.isISOControl(c) || isLayoutControl(c)) {
                shown.append(String.format("\\u%04x", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return shown.toString();
    }

    private static boolean isLayoutControl(int c) {
        return c == 0x2028 || c == 0x2029 || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
