package messenger.server.dispatch;

import messenger.handlers.spi.FilePart;
import messenger.protocol.Frame;

/** A reply frame as the transport writes it; with a {@link FilePart}, the payload comes from that file. */
public record Answer(Frame frame, FilePart filePayload) {

    public static Answer of(Frame frame) {
        return new Answer(frame, null);
    }

    public int payloadLength() {
        return filePayload != null ? filePayload.length() : frame.payload().length;
    }
}
