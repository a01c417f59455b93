package messenger.server.transport;

import com.google.gson.JsonObject;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.parsetools.RecordParser;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import messenger.protocol.BadFrameException;
import messenger.protocol.Frame;
import messenger.protocol.FrameCodec;
import messenger.protocol.FrameLimits;

/**
 * Cuts the byte stream of one connection into frames. The length prefix is checked against the limits
 * before the parser is asked to collect the body, so no buffer larger than a legal frame is ever built.
 * Until the connection has signed in, a frame may carry no payload (no request a stranger may make takes one),
 * so a connection nobody vouches for holds at most a header's worth of bytes per queued request.
 * After the first bad frame it ignores everything else.
 */
final class FrameParser implements Handler<Buffer> {

    private final FrameLimits limits;
    private final BooleanSupplier signedIn;
    private final Consumer<Frame> onFrame;
    private final Consumer<BadFrameException> onBadFrame;
    private final RecordParser parser;
    private int headerLength = -1;
    private boolean failed;

    FrameParser(FrameLimits limits, BooleanSupplier signedIn, Consumer<Frame> onFrame,
            Consumer<BadFrameException> onBadFrame) {
        this.limits = limits;
        this.signedIn = signedIn;
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
        if (payload > 0 && !signedIn.getAsBoolean()) {
            throw new BadFrameException("a frame carries no payload before the connection has signed in");
        }
        headerLength = (int) header;
        parser.fixedSizeMode((int) (header + payload));
    }

    private void readBody(Buffer body) throws BadFrameException {
        JsonObject header = FrameCodec.decodeHeader(body.getBytes(0, headerLength), 0, headerLength);
        byte[] payload = body.getBytes(headerLength, body.length());
        headerLength = -1;
        parser.fixedSizeMode(FrameCodec.PREFIX_LENGTH);
        onFrame.accept(new Frame(header, payload));
    }
}
