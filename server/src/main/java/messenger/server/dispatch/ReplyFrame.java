package messenger.server.dispatch;

import com.google.gson.JsonObject;
import messenger.handlers.spi.Payload;
import messenger.protocol.Frame;
import messenger.protocol.FrameCodec;

/**
 * A reply frame as the server sends it: the header, and the payload either in memory or as a region of an open
 * file that the transport sends after the header (see {@link Payload.FileRegion}). On the wire both are one
 * ordinary frame.
 */
public record ReplyFrame(JsonObject header, Payload payload) {

    public static ReplyFrame of(Frame frame) {
        return new ReplyFrame(frame.header(), Payload.of(frame.payload()));
    }

    public String type() {
        return header.get("type").getAsString();
    }

    /** The whole frame, when its payload is in memory. */
    public byte[] encode() {
        if (!(payload instanceof Payload.Bytes bytes)) {
            throw new IllegalStateException("the payload is a file region: encode the head and send the file");
        }
        return FrameCodec.encode(new Frame(header, bytes.bytes()));
    }

    /** The length prefix and the header, after which the payload's {@link Payload#length} bytes must follow. */
    public byte[] encodeHead() {
        return FrameCodec.encodeHead(header, Math.toIntExact(payload.length()));
    }
}
