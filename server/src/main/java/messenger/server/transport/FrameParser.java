package messenger.server.transport;

import com.google.gson.JsonObject;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.parsetools.RecordParser;
import java.util.function.Consumer;
import messenger.protocol.BadFrameException;
import messenger.protocol.Frame;
import messenger.protocol.FrameCodec;
import messenger.protocol.FrameLimits;

/**
 * Cuts the byte stream of one connection into frames. The length prefix is checked against the limits
 * before the parser is asked to collect the body, so no buffer larger than a legal frame is ever built.
 * After the first bad frame it ignores everything else.
 */
final class FrameParser implements Handler<Buffer> {

    private final FrameLimits limits;
    private final Consumer<Frame> onFrame;
    private final Consumer<BadFrameException> onBadFrame;
    private final RecordParser parser;
    private int headerLength = -1;
    private boolean failed;

    FrameParser(FrameLimits limits, Consumer<Frame> onFrame, Consumer<BadFrameException> onBadFrame) {
        this.limits = limits;
        this.onFrame = onFrame;
        this.onBadFrame = onBadFrame;
        this.parser = RecordParser.newFixed(FrameCodec.PREFIX_LENGTH, this::onRecord);
    }

    @Override
    public void handle(Buffer bytes) {
        if (!failed) {
            parser.handle(bytes);
        }
    }

    private void onRecord(Buffer record) {
        if (failed) {
            return;
        }
        try {
            if (headerLength < 0) {
                readPrefix(record);
            } else {
                readBody(record);
            }
        } catch (BadFrameException e) {
            failed = true;
            onBadFrame.accept(e);
        }
    }

    private void readPrefix(Buffer prefix) throws BadFrameException {
        long header = prefix.getUnsignedInt(0);
        long payload = prefix.getUnsignedInt(4);
        limits.check(header, payload);
        headerLength = (int) header;
        parser.fixedSizeMode((int) (header + payload));
    }

    private void readBody(Buffer body) throws BadFrameException {
        byte[] bytes = body.getBytes();
        JsonObject header = FrameCodec.decodeHeader(bytes, 0, headerLength);
        byte[] payload = new byte[bytes.length - headerLength];
        System.arraycopy(bytes, headerLength, payload, 0, payload.length);
        headerLength = -1;
        parser.fixedSizeMode(FrameCodec.PREFIX_LENGTH);
        onFrame.accept(new Frame(header, payload));
    }
}
