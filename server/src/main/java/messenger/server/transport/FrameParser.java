package messenger.server.transport;

import com.google.gson.JsonObject;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import messenger.protocol.BadFrameException;
import messenger.protocol.Frame;
import messenger.protocol.FrameCodec;
import messenger.protocol.FrameLimits;

/**
 * Cuts the byte stream of one connection into frames. The length prefix is checked against the limits
 * before anything else is allocated; then the header and the payload are each copied once, straight from the
 * bytes as they arrive into an array of exactly their length (no growing buffer, no second copy of a record),
 * so a frame costs its own size and nothing more. Until the connection has signed in, a payload is read past
 * and dropped, never collected: no request a stranger may make takes one, and the frame goes on without it (an
 * {@code upload.chunk} is then refused as unauthenticated), so a connection nobody vouches for holds at most a
 * header per queued request. After the first bad frame it ignores everything else.
 *
 * <p>Reading pauses between frames, not only between socket reads: once a frame leaves the connection paused
 * ({@link BackPressure}), the rest of the bytes read with it wait here, unparsed, until {@link #resume}. Otherwise
 * one read of 64 KiB of tiny frames would queue thousands of requests past {@code max-queued-requests}.
 *
 * <p>Threads: the connection's event loop only.
 */
final class FrameParser implements Handler<Buffer> {

    private static final byte[] NO_PAYLOAD = new byte[0];

    private enum Expecting { PREFIX, HEADER, PAYLOAD, DROPPED_PAYLOAD }

    private final FrameLimits limits;
    private final BooleanSupplier signedIn;
    private final BooleanSupplier paused;
    private final Consumer<Frame> onFrame;
    private final Consumer<BadFrameException> onBadFrame;
    private final byte[] prefix = new byte[FrameCodec.PREFIX_LENGTH];
    private Expecting expecting = Expecting.PREFIX;
    /** The array being filled (prefix, header or payload) and how much of it is filled. */
    private byte[] filling = prefix;
    private int filled;
    private int payloadLength;
    private long payloadToDrop;
    /** Whether the connection had signed in when this frame's prefix arrived. */
    private boolean keepPayload;
    private JsonObject header;
    private boolean failed;
    /** Bytes read but not yet parsed because reading paused after a frame, or null. */
    private Buffer held;

    FrameParser(FrameLimits limits, BooleanSupplier signedIn, BooleanSupplier paused, Consumer<Frame> onFrame,
            Consumer<BadFrameException> onBadFrame) {
        this.limits = limits;
        this.signedIn = signedIn;
        this.paused = paused;
        this.onFrame = onFrame;
        this.onBadFrame = onBadFrame;
    }

    @Override
    public void handle(Buffer bytes) {
        if (held != null) {
            // Vert.x delivered a read it already had when the socket paused: it goes behind the bytes held
            held = held.copy().appendBuffer(bytes);
            return;
        }
        parse(bytes);
    }

    /** Parses the bytes held since reading paused, until it pauses again. */
    void resume() {
        Buffer bytes = held;
        held = null;
        if (bytes != null) {
            parse(bytes);
        }
    }

    private void parse(Buffer bytes) {
        int at = 0;
        int length = bytes.length();
        try {
            while (!failed && at < length) {
                if (expecting == Expecting.PREFIX && filled == 0 && paused.getAsBoolean()) {
                    held = bytes.slice(at, length);
                    return;
                }
                if (expecting == Expecting.DROPPED_PAYLOAD) {
                    int skipped = (int) Math.min(payloadToDrop, length - at);
                    at += skipped;
                    payloadToDrop -= skipped;
                    if (payloadToDrop == 0) {
                        frameDone(NO_PAYLOAD);
                    }
                    continue;
                }
                int copied = Math.min(filling.length - filled, length - at);
                bytes.getBytes(at, at + copied, filling, filled);
                at += copied;
                filled += copied;
                if (filled == filling.length) {
                    filledUp();
                }
            }
        } catch (BadFrameException e) {
            failed = true;
            onBadFrame.accept(e);
        }
    }

    private void filledUp() throws BadFrameException {
        switch (expecting) {
            case PREFIX -> readPrefix();
            case HEADER -> readHeader();
            case PAYLOAD -> frameDone(filling);
            case DROPPED_PAYLOAD -> throw new IllegalStateException("a dropped payload is never collected");
        }
    }

    private void readPrefix() throws BadFrameException {
        long headerLength = unsignedInt(prefix, 0);
        long payload = unsignedInt(prefix, 4);
        limits.check(headerLength, payload);
        payloadLength = (int) payload;
        keepPayload = payload == 0 || signedIn.getAsBoolean();
        fill(Expecting.HEADER, new byte[(int) headerLength]);
    }

    private void readHeader() throws BadFrameException {
        header = FrameCodec.decodeHeader(filling, 0, filling.length);
        if (payloadLength == 0) {
            frameDone(NO_PAYLOAD);
        } else if (!keepPayload) {
            payloadToDrop = payloadLength;
            expecting = Expecting.DROPPED_PAYLOAD;
        } else {
            fill(Expecting.PAYLOAD, new byte[payloadLength]);
        }
    }

    private void frameDone(byte[] payload) {
        JsonObject done = header;
        header = null;
        fill(Expecting.PREFIX, prefix);
        onFrame.accept(new Frame(done, payload));
    }

    private void fill(Expecting next, byte[] array) {
        expecting = next;
        filling = array;
        filled = 0;
    }

    private static long unsignedInt(byte[] bytes, int at) {
        return ((bytes[at] & 0xffL) << 24) | ((bytes[at + 1] & 0xffL) << 16) | ((bytes[at + 2] & 0xffL) << 8)
                | (bytes[at + 3] & 0xffL);
    }
}
