package messenger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import messenger.protocol.ConversationEvent;
import messenger.protocol.FileInfo;
import messenger.protocol.Message;
import messenger.protocol.Presence;
import org.junit.jupiter.api.Test;

class MessagePrinterTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final FileInfo FILE = new FileInfo(7, "a.pdf", 123_456, "ab".repeat(32));

    @Test
    void aLineHasLocalTimeSenderTextAndFile() {
        Message message = new Message(1042, "alice", "2026-11-25T10:15:30.123Z", "the report", "c-1", FILE);

        assertThat(line(message)).isEqualTo("2026-11-25 11:15:30 alice: the report [file: a.pdf (123.5 kB) id=7]");
    }

    @Test
    void textAndFileAreEachOptional() {
        assertThat(line(new Message(1, "bob", "2026-06-01T00:00:00Z", "hi", "c", null)))
                .isEqualTo("2026-06-01 02:00:00 bob: hi");
        assertThat(line(new Message(2, "bob", "2026-06-01T00:00:00Z", null, "c", FILE)))
                .isEqualTo("2026-06-01 02:00:00 bob: [file: a.pdf (123.5 kB) id=7]");
    }

    @Test
    void lineBreaksAndTerminalEscapesCannotBreakOutOfTheLine() {
        Message message = new Message(1, "mallory", "2026-06-01T00:00:00Z", "one\ntwo\u001b[2J\u202Eevil", "c", null);

        assertThat(line(message)).isEqualTo("2026-06-01 02:00:00 mallory: one\\ntwo\\u001b[2J\\u202eevil");
    }

    @Test
    void jsonIsTheProtocolMessageObjectOnOneLine() {
        StringWriter out = new StringWriter();
        Message message = new Message(1042, "alice", "2026-11-25T10:15:30.123Z", "a\nb", "c-1", null);

        new MessagePrinter(new PrintWriter(out), true, BERLIN).print(message);

        assertThat(out.toString()).isEqualTo("{\"id\":1042,\"from\":\"alice\",\"at\":\"2026-11-25T10:15:30.123Z\","
                + "\"text\":\"a\\nb\",\"clientMsgId\":\"c-1\"}" + System.lineSeparator());
    }

    @Test
    void aMessageShowsItsCurrentStateReplyReactionsAndMentions() {
        Message message = new Message(1050, "bob", "2026-06-01T00:00:00Z", "sure, @alice", "c", null, 12L,
                "2026-06-01T00:01:00Z", null, new Message.Quote(1042, "alice", "lunch?", null, null),
                List.of(new Message.Reaction("👍", 2, List.of("alice", "carol")),
                        new Message.Reaction("🎉", 1, List.of("dan"))), List.of("alice"));

        assertThat(line(message)).isEqualTo("2026-06-01 02:00:00 bob: [reply to alice: lunch?] sure, @alice (edited) "
                + "[👍 2, 🎉 1] (mentions alice)");
    }

    @Test
    void aDeletedMessageIsAPlaceholderAndAQuoteIsShort() {
        Message deleted = new Message(1, "bob", "2026-06-01T00:00:00Z", null, "c", null, 12L, null, true, null,
                null, null);
        assertThat(line(deleted)).isEqualTo("2026-06-01 02:00:00 bob: [message deleted]");

        Message.Quote longQuote = new Message.Quote(1, "ann", "x".repeat(100), null, null);
        assertThat(LiveParts.quote(longQuote)).isEqualTo("[reply to ann: " + "x".repeat(39) + "…]");
        assertThat(LiveParts.quote(new Message.Quote(1, "ann", null, "a.pdf", null)))
                .isEqualTo("[reply to ann: [file: a.pdf]]");
        assertThat(LiveParts.quote(new Message.Quote(1, "ann", null, null, true)))
                .isEqualTo("[reply to a deleted message of ann]");
    }

    @Test
    void editsDeletionsAndReactionsAreChangeLines() {
        MessagePrinter printer = new MessagePrinter(new PrintWriter(new StringWriter()), false, BERLIN);
        String at = "2026-06-01T00:00:00Z";

        assertThat(printer.line(new ConversationEvent(9, 12, ConversationEvent.EDITED, "bob", null, at, null, null,
                null, null, 1050L, "new\ntext", null, null, List.of()))).isEqualTo("2026-06-01 02:00:00 * bob edited #1050: new\\ntext");
        assertThat(printer.line(new ConversationEvent(9, 12, ConversationEvent.DELETED, "bob", null, at, null, null,
                null, null, 1050L, null, null, null, null))).isEqualTo("2026-06-01 02:00:00 * bob deleted #1050");
        assertThat(printer.line(new ConversationEvent(9, 12, ConversationEvent.REACTED, "ann", null, at, null, null,
                null, null, 1050L, null, "👍", null, null))).isEqualTo("2026-06-01 02:00:00 * ann reacted 👍 to #1050");
        assertThat(printer.line(new ConversationEvent(9, 12, ConversationEvent.UNREACTED, "ann", null, at, null, null,
                null, null, 1050L, null, "👍", null, null))).isEqualTo("2026-06-01 02:00:00 * ann took back 👍 on #1050");
    }

    @Test
    void typingAndPresenceAreLinesForPeopleOnly() {
        StringWriter out = new StringWriter();
        MessagePrinter printer = new MessagePrinter(new PrintWriter(out, true), false, BERLIN);
        Instant now = Instant.parse("2026-06-01T00:00:00Z");

        printer.printTyping("bob", "design", now);
        printer.print(new Presence("carol", Presence.OFFLINE, "2026-05-31T22:00:00Z"), now);
        printer.print(new Presence("dan", Presence.AWAY, null), now);

        assertThat(out.toString().lines()).containsExactly("2026-06-01 02:00:00 [design] * bob is typing",
                "2026-06-01 02:00:00 * carol is offline (last seen 2026-06-01 00:00:00)",
                "2026-06-01 02:00:00 * dan is away");
        StringWriter json = new StringWriter();
        MessagePrinter jsonPrinter = new MessagePrinter(new PrintWriter(json, true), true, BERLIN);
        jsonPrinter.printTyping("bob", null, now);
        jsonPrinter.print(new Presence("dan", Presence.AWAY, null), now);
        assertThat(json.toString()).isEmpty();
    }

    private static String line(Message message) {
        return new MessagePrinter(new PrintWriter(new StringWriter()), false, BERLIN).line(message);
    }
}
