package messenger.protocol.fuzz;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import messenger.protocol.BadFrameException;
import messenger.protocol.Frame;
import messenger.protocol.FrameCodec;
import messenger.protocol.FrameLimits;

/**
 * What {@link FrameCodec#read} makes of a whole byte stream: the frames it returned, and how the stream ended.
 * Any other exception than a bad frame or the end of the stream escapes, which is what the fuzz tests catch.
 */
public record DecodedStream(List<Frame> frames, Ending ending) {

    public enum Ending {
        /** The bytes ended exactly after a frame (or there were none). */
        CLEAN,
        /** A frame broke the rules; a server answers {@code BAD_FRAME} and closes. */
        BAD_FRAME,
        /** The bytes ended inside a frame; a server waits for the rest. */
        TRUNCATED
    }

    public static DecodedStream of(byte[] bytes, FrameLimits limits) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        List<Frame> frames = new ArrayList<>();
        while (in.available() > 0) {
            try {
                frames.add(FrameCodec.read(in, limits));
            } catch (BadFrameException e) {
                return new DecodedStream(frames, Ending.BAD_FRAME);
            } catch (EOFException e) {
                return new DecodedStream(frames, Ending.TRUNCATED);
            }
        }
        return new DecodedStream(frames, Ending.CLEAN);
    }
}
