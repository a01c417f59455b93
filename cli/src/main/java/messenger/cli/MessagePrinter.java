package messenger.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import messenger.protocol.ByteSizes;
import messenger.protocol.FileInfo;
import messenger.protocol.Json;
import messenger.protocol.Message;

/**
 * Prints messages for people, one line each ({@code <local time> <from>: <text> [file: name (size) id=N]}),
 * or for programs, one protocol message object per line ({@code --json}).
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
        out.println(json ? Json.GSON.toJson(message) : line(message));
    }

    /** True once whatever reads stdout has gone away (e.g. {@code tail | head -1}). */
    boolean outputClosed() {
        return out.checkError();
    }

    String line(Message message) {
        List<String> parts = new ArrayList<>();
        parts.add(localTime(message.at()));
        parts.add(printable(message.from()) + ":");
        if (message.text() != null) {
            parts.add(printable(message.text()));
        }
        FileInfo file = message.file();
        if (file != null) {
            parts.add("[file: " + printable(file.name()) + " (" + ByteSizes.format(file.size()) + ") id="
                    + file.id() + "]");
        }
        return String.join(" ", parts);
    }

    private String localTime(String at) {
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
