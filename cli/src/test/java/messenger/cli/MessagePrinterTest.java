package messenger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.ZoneId;
import messenger.protocol.FileInfo;
import messenger.protocol.Message;
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

    private static String line(Message message) {
        return new MessagePrinter(new PrintWriter(new StringWriter()), false, BERLIN).line(message);
    }
}
