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
 * Until the connection has signed in, a payload is read past and dropped, never collected: no request a
 * stranger may make takes one, and the frame goes on without it (an {@code upload.chunk} is then refused as
 * unauthenticated), so a connection nobody vouches for holds at most a header per queued request.
 * After the first bad frame it ignores everything else.
 */
final class FrameParser implements Handler<Buffer> {

    /** The most bytes of a dropped payload collected at once. */
    private static final int DROP_STEP = 64 * 1024;
    private static final byte[] NO_PAYLOAD = new byte[0];

    private enum Expecting { PREFIX, BODY, HEADER_ONLY, DROPPED_PAYLOAD }

    private final FrameLimits limits;
    private final BooleanSupplier signedIn;
    private final Consumer<Frame> onFrame;
    private final Consumer<BadFrameException> onBadFrame;
    private final RecordParser parser;
    private Expecting expecting = Expecting.PREFIX;
    private int headerLength;
    private long payloadToDrop;
    private JsonObject strangersHeader;
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
            switch (expecting) {
                case PREFIX -> readPrefix(record);
                case BODY -> readBody(record);
                case HEADER_ONLY -> readStrangersHeader(record);
                case DROPPED_PAYLOAD -> dropPayload(record);
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
        if (payload > 0 && !signedIn.getAsBoolean()) {
            payloadToDrop = payload;
            expect(Expecting.HEADER_ONLY, headerLength);
        } else {
            expect(Expecting.BODY, (int) (header + payload));
        }
    }

    private void readBody(Buffer body) throws BadFrameException {
        JsonObject header = FrameCodec.decodeHeader(body.getBytes(0, headerLength), 0, headerLength);
        byte[] payload = body.getBytes(headerLength, body.length());
        expect(Expecting.PREFIX, FrameCodec.PREFIX_LENGTH);
        onFrame.accept(new Frame(header, payload));
    }

    private void readStrangersHeader(Buffer header) throws BadFrameException {
        strangersHeader = FrameCodec.decodeHeader(header.getBytes(), 0, headerLength);
        expect(Expecting.DROPPED_PAYLOAD, (int) Math.min(payloadToDrop, DROP_STEP));
    }

    private void dropPayload(Buffer part) {
        payloadToDrop -= part.length();
        if (payloadToDrop > 0) {
            expect(Expecting.DROPPED_PAYLOAD, (int) Math.min(payloadToDrop, DROP_STEP));
            return;
        }
        JsonObject header = strangersHeader;
        strangersHeader = null;
        expect(Expecting.PREFIX, FrameCodec.PREFIX_LENGTH);
        onFrame.accept(new Frame(header, NO_PAYLOAD));
    }

    private void expect(Expecting next, int bytes) {
        expecting = next;
        parser.fixedSizeMode(bytes);
    }
}
